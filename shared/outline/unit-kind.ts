import { fold } from "../text/fold";

/**
 * What kind of body a unit is, read from its name as the header prints it ("UBND phường Trần Phú", "Sở Tư pháp",
 * "Thanh tra tỉnh"), not from the campaign's levels: levels are campaign data (a 2026 campaign has no districts, and
 * a ward's UBND signs like a commune's), while the name always says what signs the report.
 */
export type UnitKind =
  | "commune"
  | "district"
  | "province"
  | "provinceOffice"
  | "department"
  | "inspectorate"
  | "board"
  | "subDepartment"
  | "agency"
  | "division"
  | "branch"
  | "school"
  | "institute"
  | "command";

/** Folded name prefixes, tried in order (the longer "văn phòng ubnd" before "ubnd"). */
const KINDS: readonly [RegExp, UnitKind][] = [
  [/^van phong\b/, "provinceOffice"],
  [/^(?:ubnd|uy ban nhan dan) (?:xa|phuong|thi tran|dac khu)\b/, "commune"],
  [/^(?:ubnd|uy ban nhan dan) (?:huyen|thi xa|thanh pho|quan)\b/, "district"],
  [/^(?:ubnd|uy ban nhan dan)\b/, "province"],
  [/^thanh tra\b/, "inspectorate"],
  [/^chi cuc\b/, "subDepartment"],
  [/^cuc\b/, "agency"],
  [/^ban\b/, "board"],
  [/^so\b/, "department"],
  [/^phong\b/, "division"],
  [/^(?:bao hiem xa hoi|kho bac|cong an|ngan hang|trung tam|benh vien|chi nhanh|dai)\b/, "branch"],
  [/^truong\b/, "school"],
  [/^vien\b/, "institute"],
  [/^bo chi huy\b/, "command"],
];

export function unitKind(name: string): UnitKind | undefined {
  const f = fold(name).replace(/\s+/g, " ").trim();
  return KINDS.find(([re]) => re.test(f))?.[1];
}

/** The signer's lines (authority, then title) each kind of body prints under Decree 30. */
const SIGNER: Record<UnitKind, string[]> = {
  commune: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  district: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  province: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  provinceOffice: ["CHÁNH VĂN PHÒNG"],
  department: ["GIÁM ĐỐC"],
  inspectorate: ["CHÁNH THANH TRA"],
  board: ["TRƯỞNG BAN"],
  subDepartment: ["CHI CỤC TRƯỞNG"],
  agency: ["CỤC TRƯỞNG"],
  division: ["TRƯỞNG PHÒNG"],
  branch: ["GIÁM ĐỐC"],
  school: ["HIỆU TRƯỞNG"],
  institute: ["VIỆN TRƯỞNG"],
  command: ["CHỈ HUY TRƯỞNG"],
};

/** The title lines the unit signs with; undefined when its name does not say (the template's placeholder stays). */
export function signerTitleFor(name: string): string[] | undefined {
  const kind = unitKind(name);
  return kind ? [...SIGNER[kind]] : undefined;
}
