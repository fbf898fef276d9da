import { listLabel, type ListCounters } from "../../../../functions/gworkspace/docs/list-labels";

const lists = {
  roman: { listProperties: { nestingLevels: [{ glyphType: "UPPER_ROMAN", glyphFormat: "%0." }, { glyphType: "DECIMAL", glyphFormat: "%0.%1." }] } },
  alpha: { listProperties: { nestingLevels: [{ glyphType: "ALPHA", glyphFormat: "%0)", startNumber: 1 }] } },
  bullets: { listProperties: { nestingLevels: [{ glyphSymbol: "-" }] } },
};

test("Roman headings with decimal sub-items, a shallower item restarting the deeper level", () => {
  const c: ListCounters = new Map();
  const at = (nestingLevel: number) => listLabel(lists, { listId: "roman", nestingLevel }, c);
  expect([at(0), at(1), at(1), at(0), at(1), at(0), at(0)]).toEqual(["I.", "I.1.", "I.2.", "II.", "II.1.", "III.", "IV."]);
});

test("letters and bullets as Docs shows them", () => {
  const c: ListCounters = new Map();
  expect([1, 2, 3].map(() => listLabel(lists, { listId: "alpha", nestingLevel: 0 }, c))).toEqual(["a)", "b)", "c)"]);
  expect(listLabel(lists, { listId: "bullets", nestingLevel: 0 }, c)).toBe("-");
  expect(listLabel(lists, { listId: "unknown", nestingLevel: 0 }, c)).toBeUndefined();
});
