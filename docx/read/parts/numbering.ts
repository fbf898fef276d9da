/** Numbering part reader: abstract list definitions and the list instances (w:num) that point at them. */
import { intAttr, onOff } from "./props";
import { parsePart, type PartSource } from "../stages/part";
import type { XmlElement } from "../stages/xml";

export interface Level {
  start: number;
  numFmt: string;
  /** w:numFmt w:format of a "custom" format (Word 2010+), e.g. "001, 002, 003, ...". */
  customFormat?: string;
  lvlText: string;
  /** w:lvlRestart: 1-based level after which this level restarts; 0 = never. Undefined = after any higher level. */
  restart?: number;
  isLgl: boolean;
}

export interface AbstractNum {
  levels: Map<number, Level>;
  /** A list defined through a numbering style: the real definition sits behind that style's w:numId. */
  numStyleLink?: string;
}

export interface LevelOverride {
  start?: number;
  level?: Level;
}

export interface Num {
  abstractNumId: string;
  overrides: Map<number, LevelOverride>;
}

export interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

export function emptyNumbering(): Numbering {
  return { abstracts: new Map(), nums: new Map() };
}

export async function readNumbering(src: PartSource, partName: string): Promise<Numbering> {
  const numbering = emptyNumbering();
  const path: string[] = [];
  let abstract: AbstractNum | undefined;
  let num: Num | undefined;
  let override: LevelOverride | undefined;
  let level: Level | undefined;
  await parsePart(src, partName, {
    open(el) {
      const parent = path[path.length - 1];
      path.push(el.ns === "w" ? el.local : "");
      if (el.ns !== "w") return;
      switch (el.local) {
        case "abstractNum": {
          src.budget.take();
          abstract = { levels: new Map() };
          const id = el.attr("abstractNumId");
          if (id !== undefined && !numbering.abstracts.has(id)) numbering.abstracts.set(id, abstract);
          break;
        }
        case "num": {
          src.budget.take();
          num = { abstractNumId: "", overrides: new Map() };
          const id = el.attr("numId");
          if (id !== undefined && !numbering.nums.has(id)) numbering.nums.set(id, num);
          break;
        }
        case "abstractNumId":
          if (num && parent === "num") num.abstractNumId = el.attr("val") ?? "";
          break;
        case "numStyleLink":
          if (abstract && parent === "abstractNum") abstract.numStyleLink = el.attr("val");
          break;
        case "lvlOverride": {
          src.budget.take();
          const ilvl = intAttr(el, "ilvl");
          override = {};
          if (num && ilvl !== undefined) num.overrides.set(ilvl, override);
          break;
        }
        case "startOverride":
          if (override) override.start = intAttr(el, "val");
          break;
        case "lvl": {
          src.budget.take();
          const ilvl = intAttr(el, "ilvl") ?? 0;
          level = { start: 0, numFmt: "decimal", lvlText: "", isLgl: false };
          if (parent === "lvlOverride" && override) override.level = level;
          else if (abstract && parent === "abstractNum" && !abstract.levels.has(ilvl)) abstract.levels.set(ilvl, level);
          break;
        }
        default:
          if (level && parent === "lvl") readLevelProp(level, el.local, el);
      }
    },
    close(el) {
      path.pop();
      if (el.ns !== "w") return;
      if (el.local === "lvl") level = undefined;
      else if (el.local === "lvlOverride") override = undefined;
      else if (el.local === "num") num = undefined;
      else if (el.local === "abstractNum") abstract = undefined;
    },
    text() {},
  });
  return numbering;
}

function readLevelProp(level: Level, local: string, el: XmlElement): void {
  switch (local) {
    case "start":
      level.start = intAttr(el, "val") ?? 0;
      break;
    case "numFmt":
      level.numFmt = el.attr("val") ?? "decimal";
      level.customFormat = el.attr("format");
      break;
    case "lvlText":
      level.lvlText = el.attr("val") ?? "";
      break;
    case "lvlRestart":
      level.restart = intAttr(el, "val");
      break;
    case "isLgl":
      level.isLgl = onOff(el.attr("val"));
      break;
  }
}
