import type { StatusTable } from "./table";

/** Excel only detects UTF-8 (and so shows Vietnamese) when the file starts with a byte order mark. */
const BOM = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV (CRLF line ends, quoted when needed), UTF-8 with BOM. */
export function toCsv(table: StatusTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(cell).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}
