/** Reads a fixture and returns a schema-checked model (a refusal fails the test with its code). */
import { readDocx } from "../../../../docx/read";
import {
  DocumentModelSchema,
  type DocumentModel,
  type Paragraph,
} from "../../../../shared/model/document";

export async function readModel(bytes: Uint8Array): Promise<DocumentModel> {
  const result = await readDocx(bytes);
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.detail ?? ""}`);
  return DocumentModelSchema.parse(result.model);
}

/** Every paragraph in reading order, table cells included. */
export function paragraphs(model: DocumentModel): Paragraph[] {
  return model.blocks.flatMap((b) =>
    b.type === "paragraph" ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
  );
}
