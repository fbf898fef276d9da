/**
 * Filter between the XML stage and every part reader: drops subtrees that never reach the visible, accepted document
 * (tracked deletions, old formatting, field instructions) and picks exactly one branch of each mc:AlternateContent —
 * the first mc:Choice, else mc:Fallback — so drawings and text boxes are never read twice.
 */
import type { NsKey } from "./ns";
import type { XmlElement, XmlHandler } from "./xml";

const SKIPPED_W = new Set([
  "rPrChange",
  "pPrChange",
  "sectPrChange",
  "tblPrChange",
  "trPrChange",
  "tcPrChange",
  "tblGridChange",
  "numberingChange",
  "del",
  "moveFrom",
  "instrText",
  "delText",
  "delInstrText",
]);

function isSkipped(ns: NsKey, local: string): boolean {
  return ns === "w" && SKIPPED_W.has(local);
}

export function visibleOnly(inner: XmlHandler): XmlHandler {
  let skipDepth = 0;
  /** One flag per open mc:AlternateContent: whether a branch has been taken already. */
  const branchTaken: boolean[] = [];
  return {
    open(el: XmlElement) {
      if (skipDepth > 0) {
        skipDepth++;
      } else if (el.ns === "mc" && el.local === "AlternateContent") {
        branchTaken.push(false);
      } else if (el.ns === "mc" && (el.local === "Choice" || el.local === "Fallback")) {
        const last = branchTaken.length - 1;
        if (last < 0 || branchTaken[last]) skipDepth = 1;
        else branchTaken[last] = true;
      } else if (isSkipped(el.ns, el.local)) {
        skipDepth = 1;
      } else {
        inner.open(el);
      }
    },
    close(el: XmlElement) {
      if (skipDepth > 0) {
        skipDepth--;
      } else if (el.ns === "mc" && el.local === "AlternateContent") {
        branchTaken.pop();
      } else if (!(el.ns === "mc" && (el.local === "Choice" || el.local === "Fallback"))) {
        inner.close(el);
      }
    },
    text(text: string) {
      if (skipDepth === 0) inner.text(text);
    },
  };
}
