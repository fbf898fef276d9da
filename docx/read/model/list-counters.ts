/**
 * List counters in document order, following Word: paragraphs of w:num instances that share an abstract definition
 * continue one another; an instance with a w:startOverride counts on its own from the override; using a level resets
 * the deeper levels (unless their w:lvlRestart says otherwise).
 */
import { bulletText, formatCounter } from "./number-format";
import type { AbstractNum, Level, Num, Numbering } from "../parts/numbering";
import type { StyleSheet } from "../parts/styles";

const LEVELS = 9;

interface ListInstance {
  counterKey: string;
  level(ilvl: number): Level | undefined;
  start(ilvl: number): number;
}

export class ListCounters {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly instances = new Map<string, ListInstance | null>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: StyleSheet,
  ) {}

  /** Advances the list and returns the label Word shows ("I.", "1.2.", "a)", "•"), or undefined for none. */
  next(numId: string, ilvl: number): string | undefined {
    const list = this.instance(numId);
    if (!list || ilvl < 0 || ilvl >= LEVELS) return undefined;
    const level = list.level(ilvl);
    if (!level) return undefined;
    let counters = this.counters.get(list.counterKey);
    if (!counters) {
      counters = new Array<number | undefined>(LEVELS).fill(undefined);
      this.counters.set(list.counterKey, counters);
    }
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? list.start(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = list.level(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[deeper] = undefined;
    }
    const label = level.numFmt === "bullet" ? bulletText(level.lvlText) : this.render(list, level, ilvl, counters);
    return label === "" ? undefined : label;
  }

  private render(list: ListInstance, level: Level, ilvl: number, counters: (number | undefined)[]): string {
    return level.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const idx = Number(digit) - 1;
      const value = counters[idx] ?? list.start(idx);
      const ref = list.level(idx);
      // Legal numbering shows every inherited level as a decimal ("1.1", not "I.1").
      if (level.isLgl && idx < ilvl) return String(value);
      return formatCounter(value, ref?.numFmt ?? "decimal", ref?.customFormat);
    });
  }

  private instance(numId: string): ListInstance | undefined {
    let list = this.instances.get(numId);
    if (list === undefined) {
      list = this.buildInstance(numId);
      this.instances.set(numId, list);
    }
    return list ?? undefined;
  }

  private buildInstance(numId: string): ListInstance | null {
    const num = this.numbering.nums.get(numId);
    if (!num) return null;
    const resolved = this.abstract(num);
    if (!resolved) return null;
    const { id: abstractId, def } = resolved;
    const restarts = [...num.overrides.values()].some((o) => o.start !== undefined || o.level !== undefined);
    const level = (ilvl: number): Level | undefined => num.overrides.get(ilvl)?.level ?? def.levels.get(ilvl);
    return {
      counterKey: restarts ? `num:${numId}` : `abstract:${abstractId}`,
      level,
      start: (ilvl) => num.overrides.get(ilvl)?.start ?? level(ilvl)?.start ?? 0,
    };
  }

  /** Follows w:numStyleLink through the numbering style to the definition that holds the levels (one hop). */
  private abstract(num: Num): { id: string; def: AbstractNum } | undefined {
    const def = this.numbering.abstracts.get(num.abstractNumId);
    if (!def?.numStyleLink) return def && { id: num.abstractNumId, def };
    const linkedNumId = this.styles.styles.get(def.numStyleLink)?.para.numId;
    const linked = linkedNumId === undefined ? undefined : this.numbering.nums.get(linkedNumId);
    const linkedDef = linked && this.numbering.abstracts.get(linked.abstractNumId);
    return linked && linkedDef ? { id: linked.abstractNumId, def: linkedDef } : { id: num.abstractNumId, def };
  }
}
