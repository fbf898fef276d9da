/** RFC 4180 records with the physical line each starts on: quoted fields may hold commas, quotes ("") and newlines. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsvRecords(input: string): { records: CsvRecord[]; unterminatedQuoteAt?: number } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record (Excel leaves trailing ones).
    if (!(fields.length === 1 && fields[0]!.trim() === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === "") {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) return { records, unterminatedQuoteAt: quoteLine };
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n") line++;
        field += q;
        i++;
      }
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
      i++;
    } else if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return { records };
}

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, the only writer of CSV text: a text that a spreadsheet would run as a formula gets a leading "'"
 * (what Excel itself shows as plain text; parseCsvRecords reads it back), and a field is quoted when it holds a
 * comma, semicolon, quote, line break or edge spaces.
 */
export function csvField(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A field as written by csvField: the formula guard's "'" is not part of the value. */
export function unguard(field: string): string {
  return field.length > 1 && field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}
