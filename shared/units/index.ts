export * from "./schema";
export { HA_TINH_2024_REGISTRY, HA_TINH_2024_UNITS } from "./ha-tinh-2024";
export { createUnitRegistry, mergeUnits, validateUnits, type UnitProblem, type UnitRegistry } from "./registry";
export { parseUnitsCsv, toUnitsCsv, UNITS_CSV_COLUMNS, type CsvRowError, type ExtraColumn, type UnitsCsvResult } from "./csv";
export { generateUnits } from "./generate";
export { slug } from "./slug";
