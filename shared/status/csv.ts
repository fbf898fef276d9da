import { csvField } from "../text/csv";
import type { StatusTable } from "./table";

/** Excel only detects UTF-8 (and so shows Vietnamese) when the file starts with a byte order mark. */
const BOM = "\uFEFF";

/** RFC 4180 CSV (CRLF line ends, quoted when needed), UTF-8 with BOM. */
export function toCsv(table: StatusTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}
