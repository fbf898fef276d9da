import { z } from "zod";

/**
 * The document model both readers produce: the .docx reader in the backend and the Word adapter in the task pane.
 * Formatting is the *effective* formatting (styles and document defaults already resolved), because that is what
 * Office.js reports and what the Decree 30 layout rules judge.
 */
export const RunSchema = z.object({
  text: z.string(),
  font: z.string().optional(),
  sizePt: z.number().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
export type Run = z.infer<typeof RunSchema>;

export const AlignmentSchema = z.enum(["left", "center", "right", "justify"]);

export const ParagraphSchema = z.object({
  type: z.literal("paragraph"),
  /** Visible text, runs concatenated; tabs as "\t", manual line breaks as "\n". */
  text: z.string(),
  runs: z.array(RunSchema),
  /** Display name of the paragraph style ("heading 1", "Title", "Normal"), if known. */
  styleName: z.string().optional(),
  /** 1..9 when the paragraph uses (or inherits from) the built-in "heading N" style. */
  headingLevel: z.number().int().min(1).max(9).optional(),
  /** Effective outline level 0..8 (0 = level 1); absent for body text. */
  outlineLevel: z.number().int().min(0).max(8).optional(),
  /** List numbering label as Word displays it: "I.", "1.", "a)", "-". */
  listLabel: z.string().optional(),
  /** Tags of the content controls that enclose this paragraph, outermost first. */
  contentControls: z.array(z.string()).optional(),
  alignment: AlignmentSchema.optional(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const TableCellSchema = z.object({ paragraphs: z.array(ParagraphSchema) });
export type TableCell = z.infer<typeof TableCellSchema>;
export const TableRowSchema = z.object({ cells: z.array(TableCellSchema) });
export type TableRow = z.infer<typeof TableRowSchema>;

export const TableSchema = z.object({
  type: z.literal("table"),
  /** Nested tables are flattened into the paragraphs of the cell that holds them. */
  rows: z.array(TableRowSchema),
  contentControls: z.array(z.string()).optional(),
});
export type Table = z.infer<typeof TableSchema>;

export const BlockSchema = z.discriminatedUnion("type", [ParagraphSchema, TableSchema]);
export type Block = z.infer<typeof BlockSchema>;

/** Sizes in twips (1/1440 inch), as in w:sectPr. */
export const PageSetupSchema = z.object({
  widthTwips: z.number(),
  heightTwips: z.number(),
  margins: z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() }),
});
export type PageSetup = z.infer<typeof PageSetupSchema>;

export const DocumentModelSchema = z.object({
  blocks: z.array(BlockSchema),
  /** Page setup of the (first) section; absent when the source does not expose it. */
  page: PageSetupSchema.optional(),
  /** Document default run formatting (docDefaults / Normal). */
  defaults: RunSchema.omit({ text: true }).optional(),
});
export type DocumentModel = z.infer<typeof DocumentModelSchema>;
