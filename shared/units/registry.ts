import { CodedError } from "../errors/codes";
import { UnitSchema, type Unit, type UnitLevel } from "./schema";

export interface UnitProblem {
  unitId: string;
  message: string;
  messageEn: string;
}

export interface UnitRegistry {
  list(): readonly Unit[];
  get(id: string): Unit | undefined;
  byLevel(level: UnitLevel): Unit[];
  /** Direct subordinates in the registry (communes of a district). */
  children(parentId: string): Unit[];
}

/**
 * Everything that makes a unit list unusable: schema violations, duplicate ids, parents that do not exist, and —
 * when the campaign's level ids are given — levels the campaign does not have.
 */
export function validateUnits(units: readonly Unit[], levels?: readonly string[]): UnitProblem[] {
  const problems: UnitProblem[] = [];
  const ids = new Set<string>();
  for (const u of units) {
    const parsed = UnitSchema.safeParse(u);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      problems.push({ unitId: u.id, message: `Đơn vị "${u.id}" không hợp lệ: ${detail}`, messageEn: `Unit "${u.id}" is invalid: ${detail}` });
    } else if (levels && !levels.includes(u.level)) {
      problems.push({
        unitId: u.id,
        message: `Đơn vị "${u.id}" thuộc cấp "${u.level}", đợt báo cáo không có cấp này (các cấp: ${levels.join(", ")}).`,
        messageEn: `Unit "${u.id}" has level "${u.level}", which the campaign does not have (levels: ${levels.join(", ")}).`,
      });
    }
    if (ids.has(u.id)) {
      problems.push({ unitId: u.id, message: `Mã đơn vị "${u.id}" bị trùng.`, messageEn: `Duplicate unit id "${u.id}".` });
    }
    ids.add(u.id);
  }
  for (const u of units) {
    if (u.parentId !== undefined && !ids.has(u.parentId)) {
      problems.push({
        unitId: u.id,
        message: `Đơn vị "${u.id}" có đơn vị cấp trên "${u.parentId}" không có trong danh sách.`,
        messageEn: `Unit "${u.id}" has parent "${u.parentId}", which is not in the registry.`,
      });
    }
  }
  return problems;
}

/** A read-only registry over a validated unit list; refuses an invalid list with every problem in the message. */
export function createUnitRegistry(units: readonly Unit[], levels?: readonly string[]): UnitRegistry {
  const problems = validateUnits(units, levels);
  if (problems.length > 0) {
    throw new CodedError("unit.invalid", problems.map((p) => p.messageEn).join(" "), { problems });
  }
  const byId = new Map(units.map((u) => [u.id, u]));
  const list = [...units];
  return {
    list: () => list,
    get: (id) => byId.get(id),
    byLevel: (level) => list.filter((u) => u.level === level),
    children: (parentId) => list.filter((u) => u.parentId === parentId),
  };
}

/** Imported units replace base units with the same id (keeping their position); new ones are appended. */
export function mergeUnits(base: readonly Unit[], imported: readonly Unit[]): Unit[] {
  const incoming = new Map(imported.map((u) => [u.id, u]));
  const merged = base.map((u) => incoming.get(u.id) ?? u);
  const known = new Set(base.map((u) => u.id));
  return [...merged, ...imported.filter((u) => !known.has(u.id))];
}
