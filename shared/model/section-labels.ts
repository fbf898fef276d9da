import type { SectionId } from "./findings";

/** Where findings are grouped: the report's parts, plus "other" for findings that belong to no part. */
export type FindingGroup = SectionId | "other";

/** Names of the report's parts as findings are grouped under them, the same in the task pane and the CLI. */
export const SECTION_LABELS: Record<"vi" | "en", Record<FindingGroup, string>> = {
  vi: {
    header: "Phần đầu văn bản",
    title: "Tên loại và trích yếu",
    I: "Mục I",
    II: "Mục II",
    III: "Mục III",
    IV: "Mục IV",
    footer: "Nơi nhận và chữ ký",
    format: "Thể thức trình bày",
    other: "Chung",
  },
  en: {
    header: "Document header",
    title: "Type name and subject",
    I: "Section I",
    II: "Section II",
    III: "Section III",
    IV: "Section IV",
    footer: "Recipients and signature",
    format: "Layout",
    other: "General",
  },
};
