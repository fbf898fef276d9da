export { computeStatus, type StatusInput, type UnitProgress } from "./aggregate";
export { toCsv } from "./csv";
export { contestText, STATUS_LABELS, statusTable, type StatusTable } from "./table";
