import { z } from "zod";
import { csvField, parseCsvRecords, unguard } from "../text/csv";
import { UnitLevelSchema, UnitSchema, type Unit } from "./schema";

/**
 * Units CSV (UTF-8, BOM tolerated, comma-separated, RFC 4180 quoting, CRLF or LF), header row required:
 *   id,name,shortCode,level,parentId,parentName,place,subordinateCount,email
 * Columns may come in any order; unknown columns (e.g. dueDate from `cchc units --csv`) are ignored. Empty parentId /
 * parentName = none; empty subordinateCount = unknown. level is one of the campaign's level ids (2024:
 * province_dept | central_agency | district | commune; after the 2025 reform no district); given `levels`, any other
 * value is an error of its row. email holds the unit's contact addresses for reminders, ";"-separated (optional, may
 * be absent or empty).
 * All or nothing: if any row is wrong, no unit is returned and every error is listed with its line number, so a
 * half-loaded commune list never silently hides a unit.
 */
export const UNITS_CSV_COLUMNS = ["id", "name", "shortCode", "level", "parentId", "parentName", "place", "subordinateCount", "email"] as const;
const REQUIRED = ["id", "name", "shortCode", "level", "place"] as const;

export interface CsvRowError {
  line: number;
  message: string;
  messageEn: string;
}

export interface UnitsCsvResult {
  units: Unit[];
  errors: CsvRowError[];
}

const optional = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === "" ? undefined : s));

const RowSchema = z.object({
  id: z.string().trim(),
  name: z.string().trim(),
  shortCode: z.string().trim(),
  level: z.string().trim().pipe(UnitLevelSchema),
  parentId: optional,
  parentName: optional,
  place: z.string().trim(),
  subordinateCount: z
    .string()
    .trim()
    .refine((s) => s === "" || /^\d+$/.test(s), { message: "not a whole number" })
    .transform((s) => (s === "" ? null : Number(s))),
  emails: z
    .string()
    .transform((s) => s.split(";").map((a) => a.trim()).filter(Boolean))
    .transform((list) => (list.length ? list : undefined)),
});

function rowError(line: number, vi: string, en: string): CsvRowError {
  return { line, message: `Dòng ${line}: ${vi}`, messageEn: `Line ${line}: ${en}` };
}

function describe(issues: readonly z.core.$ZodIssue[], levels: readonly string[] | undefined): { vi: string; en: string } {
  const fields = [...new Set(issues.map((i) => (i.path[0] === "emails" ? "email" : String(i.path[0] ?? "?"))))];
  const levelHint = fields.includes("level") && levels ? ` (level: ${levels.join(" | ")})` : "";
  return {
    vi: `giá trị không hợp lệ ở cột ${fields.join(", ")}${levelHint}.`,
    en: `invalid value in column ${fields.join(", ")}${levelHint}.`,
  };
}

/** `levels`: the level ids of the campaign the units are for; absent, any well-formed level id is accepted. */
export function parseUnitsCsv(text: string, levels?: readonly string[]): UnitsCsvResult {
  const { records, unterminatedQuoteAt } = parseCsvRecords(text);
  if (unterminatedQuoteAt !== undefined) {
    return { units: [], errors: [rowError(unterminatedQuoteAt, "dấu ngoặc kép không được đóng.", "unterminated quoted field.")] };
  }
  const [header, ...rows] = records;
  if (!header) return { units: [], errors: [rowError(1, "tệp trống, thiếu dòng tiêu đề.", "empty file, no header row.")] };
  const names = header.fields.map((f) => f.trim());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    return {
      units: [],
      errors: [rowError(header.line, `thiếu cột ${missing.join(", ")} trong dòng tiêu đề.`, `header lacks column(s) ${missing.join(", ")}.`)],
    };
  }

  const units: Unit[] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length > names.length) {
      errors.push(rowError(line, `có ${fields.length} cột, nhiều hơn dòng tiêu đề (${names.length}).`, `${fields.length} fields, more than the header's ${names.length}.`));
      continue;
    }
    const raw = Object.fromEntries(UNITS_CSV_COLUMNS.map((c) => [c, unguard(fields[names.indexOf(c)] ?? "")]));
    const { email, ...rest } = raw;
    const row = RowSchema.safeParse({ ...rest, emails: email ?? "" });
    const unit = row.success ? UnitSchema.safeParse(row.data) : undefined;
    if (!row.success || !unit?.success) {
      const { vi, en } = describe(row.success ? (unit?.error?.issues ?? []) : row.error.issues, levels);
      errors.push(rowError(line, vi, en));
      continue;
    }
    if (levels && !levels.includes(unit.data.level)) {
      const list = levels.join(" | ");
      errors.push(rowError(line, `cấp "${unit.data.level}" không có trong đợt báo cáo (level: ${list}).`, `level "${unit.data.level}" is not a level of the campaign (level: ${list}).`));
      continue;
    }
    const first = seen.get(unit.data.id);
    if (first !== undefined) {
      errors.push(rowError(line, `mã đơn vị "${unit.data.id}" trùng với dòng ${first}.`, `unit id "${unit.data.id}" repeats line ${first}.`));
      continue;
    }
    seen.set(unit.data.id, line);
    units.push(unit.data);
  }
  return errors.length > 0 ? { units: [], errors } : { units, errors };
}

/** An extra output column, e.g. the due date in `cchc units --csv`. */
export interface ExtraColumn {
  name: string;
  value: (unit: Unit) => string;
}

/**
 * The documented CSV, CRLF line ends, no BOM; parseUnitsCsv(toUnitsCsv(units)) gives the units back. The `email`
 * column is written only when some unit has an address, so registries without contacts keep their familiar shape.
 */
export function toUnitsCsv(units: readonly Unit[], extra: readonly ExtraColumn[] = []): string {
  const withEmail = units.some((u) => u.emails !== undefined);
  const columns = UNITS_CSV_COLUMNS.filter((c) => withEmail || c !== "email");
  const header = [...columns, ...extra.map((e) => e.name)];
  const lines = units.map((u) =>
    [
      u.id,
      u.name,
      u.shortCode,
      u.level,
      u.parentId ?? "",
      u.parentName ?? "",
      u.place,
      u.subordinateCount === null ? "" : String(u.subordinateCount),
      ...(withEmail ? [u.emails?.join(";") ?? ""] : []),
      ...extra.map((e) => e.value(u)),
    ]
      .map(csvField)
      .join(","),
  );
  return [header.map(csvField).join(","), ...lines].join("\r\n") + "\r\n";
}
