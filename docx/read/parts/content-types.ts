/** [Content_Types].xml reader: used to refuse a presentation or workbook whose main part is not a Word body. */
import { parsePart, type PartSource } from "../stages/part";

export interface ContentTypes {
  /** Content type of a part name (no leading "/"), or undefined when the package does not say. */
  of(partName: string): string | undefined;
}

const PART = "[Content_Types].xml";

export async function readContentTypes(src: PartSource): Promise<ContentTypes> {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  if (src.pkg.has(PART)) {
    await parsePart(src, PART, {
      open(el) {
        if (el.ns !== "ct") return;
        const type = el.attr("ContentType", "");
        if (type === undefined) return;
        src.budget.take();
        if (el.local === "Default") {
          const ext = el.attr("Extension", "");
          if (ext !== undefined) defaults.set(ext.toLowerCase(), type);
        } else if (el.local === "Override") {
          const name = el.attr("PartName", "");
          if (name !== undefined) overrides.set(name.replace(/^\//, "").toLowerCase(), type);
        }
      },
      close() {},
      text() {},
    });
  }
  return {
    of(partName) {
      const key = partName.toLowerCase();
      return overrides.get(key) ?? defaults.get(key.slice(key.lastIndexOf(".") + 1));
    },
  };
}
