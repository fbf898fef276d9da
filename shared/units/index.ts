export * from "./schema";
export { HA_TINH_2024_REGISTRY, HA_TINH_2024_UNITS } from "./ha-tinh-2024";
export { HA_TINH_TWO_TIER_UNITS } from "./ha-tinh-two-tier";
export { createUnitRegistry, mergeUnits, validateUnits, type UnitProblem, type UnitRegistry } from "./registry";
export { parseUnitsCsv, toUnitsCsv, UNITS_CSV_COLUMNS, type CsvRowError, type ExtraColumn, type UnitsCsvResult } from "./csv";
export { generateUnits } from "./generate";
export { slug } from "./slug";
