import type { Line } from "./lines";
import { isCaps } from "./lines";
import { numberingOf } from "./numbering";
import { segmentsOf, type Segment } from "./segments";
import { hasPhrase, words, wordCount } from "../text";

export interface FooterParts {
  /** The "Nơi nhận:" segment. */
  recipientsLabel?: Segment;
  /** The recipients listed under it (including text after the colon on its own line). */
  recipients: Segment[];
  signerTitle?: Segment;
  signerName?: Segment;
  /** Every piece of the signature block: the authority and title lines and the name, in order. */
  signer: Segment[];
  /** A name slot left as template dots ("……"). */
  signerNamePlaceholder: boolean;
  /** The title is the template's placeholder ("THỦ TRƯỞNG", "KT. THỦ TRƯỞNG"), not a real title. */
  signerTitlePlaceholder: boolean;
}

/** Authority marks before a signer's title (Decree 30): "KT.", "TM.", "TL.", "TUQ.", "Q.". */
const AUTHORITY = ["kt", "tm", "tl", "tuq", "q"];
/** Signer titles, folded; a line starting with one of these (after an authority mark) is a title line. */
const OFFICES = [
  "giam doc", "pho giam doc", "tong giam doc", "chu tich", "pho chu tich", "chanh van phong", "pho chanh van phong",
  "truong phong", "pho truong phong", "cuc truong", "pho cuc truong", "chi cuc truong", "pho chi cuc truong",
  "tong cuc truong", "thu truong", "truong ban", "pho truong ban", "chanh thanh tra", "pho chanh thanh tra",
  "vien truong", "pho vien truong", "hieu truong", "pho hieu truong", "chanh an", "chi huy truong", "truong doan",
  "pho truong doan", "bi thu", "chu nhiem", "pho chu nhiem", "hat truong", "doi truong", "truong tram",
];
/** Body names that are titles only after an authority mark ("TM. ỦY BAN NHÂN DÂN", "TL. VĂN PHÒNG"). */
const BODIES = ["uy ban nhan dan", "ubnd", "hoi dong nhan dan", "ban quan ly", "van phong", "so", "thanh tra"];
const TITLES = [...OFFICES, ...BODIES];
const MAX_TITLE_WORDS = 10;
const NAME_WINDOW = 12;

export function isRecipientsLabel(line: Line): boolean {
  return line.words.startsWith("noi nhan");
}

/** A signer title segment: short, caps / bold / authority mark, opening with a known title. */
export function isSignerTitle(seg: Segment): boolean {
  // Cheap shape tests on the raw text first: this runs over every line after the last heading.
  if (wordCount(seg.text) > MAX_TITLE_WORDS) return false;
  const marked = /^\s*\p{L}{1,3}\./u.test(seg.text);
  if (!marked && !isCaps(seg.text) && !seg.line.format.bold) return false;
  const w = words(seg.text);
  const first = w.split(" ")[0] ?? "";
  const hasAuthority = marked && AUTHORITY.includes(first);
  const rest = hasAuthority ? w.slice(first.length + 1) : w;
  if (!hasAuthority && !isCaps(seg.text) && !seg.line.format.bold) return false;
  const title = TITLES.find((t) => rest === t || rest.startsWith(`${t} `));
  if (title === undefined) return isHeadOf(seg.text);
  return hasAuthority || !BODIES.includes(title);
}

/**
 * "TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THỐNG KÊ TỈNH": the head of a body named after it, as the 2025 restructuring titles
 * central agencies' heads. Compared with its tone marks: "TRƯỜNG THPT …" is a school, not a title.
 */
function isHeadOf(text: string): boolean {
  const toned = text.normalize("NFC").toLocaleLowerCase("vi").replace(/^\s*\p{L}{1,3}\.\s*/u, "").trim();
  return /^(?:phó\s+)?trưởng\s+\p{L}/u.test(toned);
}

/**
 * Is this title the template's placeholder? Compared with its tone marks: the template's "THỦ TRƯỞNG" (head of the
 * body) folds like a deputy minister's "THỨ TRƯỞNG", which is a real title.
 */
export function isPlaceholderTitle(text: string, placeholder: string): boolean {
  const toned = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  const want = toned(placeholder);
  const have = toned(text).replace(/^\p{L}{1,3}\.\s*/u, "");
  return want.length > 0 && (have === want || have.startsWith(`${want} `));
}

/** Reads the footer: the lines from the footer's start to the end of the document. */
export function readFooter(lines: readonly Line[], signerPlaceholder = ""): FooterParts {
  const parts: FooterParts = { recipients: [], signer: [], signerNamePlaceholder: false, signerTitlePlaceholder: false };
  const label = lines.find(isRecipientsLabel);
  if (label) {
    const [first] = segmentsOf(label);
    parts.recipientsLabel = first;
    parts.recipients = recipientsAfter(label, lines);
  }
  const segs = lines.flatMap(segmentsOf);
  const t = segs.findIndex(isSignerTitle);
  if (t < 0) return parts;
  parts.signerTitle = segs[t];
  for (const seg of segs.slice(t, t + 1 + NAME_WINDOW)) {
    if (isSignerTitle(seg)) {
      if (isPlaceholderTitle(seg.text, signerPlaceholder)) parts.signerTitlePlaceholder = true;
      parts.signer.push(seg);
      continue;
    }
    if (isSignatureNote(seg) || isListed(seg)) continue;
    if (!/[\p{L}\p{N}]/u.test(seg.text)) {
      parts.signerNamePlaceholder = true;
      continue;
    }
    if (isPersonName(seg.text)) {
      parts.signerName = seg;
      parts.signer.push(seg);
      parts.signerNamePlaceholder = false;
      break;
    }
  }
  return parts;
}

/** Recipients: the rest of the label's line and the following lines of the same cell (or paragraphs). */
function recipientsAfter(label: Line, lines: readonly Line[]): Segment[] {
  const out: Segment[] = [];
  const [first] = segmentsOf(label);
  const afterColon = first ? first.text.replace(/^[^:]*:?/u, "").trim() : "";
  if (first && afterColon) out.push({ ...first, text: afterColon });
  const sameCell = (l: Line) =>
    label.cellPos === undefined
      ? l.cellPos === undefined
      : l.block === label.block && l.cellPos?.row === label.cellPos.row && l.cellPos?.cell === label.cellPos.cell;
  for (const line of lines.slice(label.index - (lines[0]?.index ?? 0) + 1)) {
    if (!sameCell(line)) break;
    const [seg] = segmentsOf(line);
    if (!seg) continue;
    // Typed with tabs, the list is the left column: a line holding only the right column (the signer) is skipped.
    if (label.cellPos === undefined && !isLeftColumn(seg)) continue;
    if (label.cellPos === undefined && !isListed(seg) && out.length > 0) break;
    out.push(seg);
    if (out.length >= 20) break;
  }
  return out;
}

/** Starts the line, give or take a little indent (not after a tab or a wide gap). */
function isLeftColumn(seg: Segment): boolean {
  const before = seg.line.text.slice(0, seg.start);
  return !before.includes("\t") && before.length <= 4;
}

/** "(Đã ký)", "(Ký tên, đóng dấu)": notes in the signature space. */
function isSignatureNote(seg: Segment): boolean {
  return seg.text.startsWith("(") || hasPhrase(words(seg.text), "da ky");
}

/** Recipient list items ("- Sở Nội vụ;"), which share lines with the signature in tab-laid footers. */
function isListed(seg: Segment): boolean {
  return numberingOf(seg.text, seg.line.para.listLabel).numbering !== undefined && seg.start === 0;
}

/**
 * What may stand before a signer's name: a degree or honour abbreviated with dots ("TS.", "ThS.", "PGS.TS.",
 * "BSCKII.") or a police or military rank ("Đại tá", "Thượng úy", "Thiếu tướng").
 */
const NAME_PREFIX = /^(?:(?:\p{L}{1,7}\.\s*)+|(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|uý|tướng)\s+)/iu;

/** 2–6 capitalised words, letters only: "Nguyễn Văn An", "TRẦN THỊ THU HÀ", also after a degree or rank. */
function isPersonName(text: string): boolean {
  const t = text.normalize("NFC").replace(/[.,;]+$/u, "").trim().replace(NAME_PREFIX, "");
  const parts = t.split(/\s+/);
  if (parts.length < 2 || parts.length > 6) return false;
  return parts.every((p) => /^\p{Lu}\p{L}*$/u.test(p));
}
