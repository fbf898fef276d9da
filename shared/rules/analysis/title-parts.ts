import type { Outline } from "../../campaign/schema";
import type { Line } from "./lines";
import { hasLoosePhrase, words, wordCount } from "../text";

export interface TitleParts {
  /** The "BÁO CÁO" line (it may carry the subject too: "BÁO CÁO KẾT QUẢ …"). */
  typeName?: Line;
  /** Lines holding the subject ("Kết quả công tác kiểm tra, tự kiểm tra CCHC …"), possibly wrapped over several. */
  subject: Line[];
}

const MAX_SUBJECT_LINES = 3;
const MAX_TITLE_WORDS = 40;

/** Does a (words()-folded) text name this report's subject? Keywords match in order with small gaps. */
export function namesSubject(text: string, outline: Outline): boolean {
  return outline.subjectKeywords.some((k) => hasLoosePhrase(text, words(k)));
}

/**
 * Finds the type name and subject among lines[0, limit). A line reading exactly "BÁO CÁO", or opening with it and
 * going on with the subject, is the type name; "ĐỀ CƯƠNG BÁO CÁO" (the outline's own title) is not a report.
 */
export function findTitle(lines: readonly Line[], limit: number, outline: Outline): TitleParts {
  const type = words(outline.typeName);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    const w = line.words;
    if (w !== type && !(w.startsWith(`${type} `) && wordCount(w) <= MAX_TITLE_WORDS)) continue;
    let text = w.slice(type.length).trim();
    if (text && namesSubject(text, outline)) return { typeName: line, subject: [line] };
    const subject: Line[] = [];
    for (let j = i + 1; j < lines.length && subject.length < MAX_SUBJECT_LINES; j++) {
      const next = lines[j]!;
      if (next.isEmpty) continue;
      subject.push(next);
      text = `${text} ${next.words}`;
      if (namesSubject(text, outline)) return { typeName: line, subject };
    }
    return { typeName: line, subject: [] };
  }
  return { subject: findBareSubject(lines, limit, outline) };
}

/** Without a type name, a short, emphasised or centred line naming the subject still marks the title. */
function findBareSubject(lines: readonly Line[], limit: number, outline: Outline): Line[] {
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    const looksTitle = line.format.caps || line.format.bold || line.para.alignment === "center";
    if (looksTitle && wordCount(line.words) <= 25 && namesSubject(line.words, outline)) return [line];
  }
  return [];
}
