/** w:sectPr → page setup: w:pgSz (w, h) and w:pgMar (top, bottom, left, right), all in twips. */
import type { PageSetup } from "../../../shared/model/document";
import { twips } from "./props";
import type { XmlElement } from "../stages/xml";

export class SectionBuilder {
  private width?: number;
  private height?: number;
  private margins?: PageSetup["margins"];

  apply(el: XmlElement): void {
    if (el.ns !== "w") return;
    if (el.local === "pgSz") {
      this.width = twips(el.attr("w"));
      this.height = twips(el.attr("h"));
    } else if (el.local === "pgMar") {
      const top = twips(el.attr("top"));
      const bottom = twips(el.attr("bottom"));
      const left = twips(el.attr("left"));
      const right = twips(el.attr("right"));
      if (top !== undefined && bottom !== undefined && left !== undefined && right !== undefined) {
        this.margins = { top, bottom, left, right };
      }
    }
  }

  /** Undefined unless both size and margins were declared: an invented default would mislead the layout rules. */
  build(): PageSetup | undefined {
    if (this.width === undefined || this.height === undefined || !this.margins) return undefined;
    return { widthTwips: this.width, heightTwips: this.height, margins: this.margins };
  }
}
