/**
 * A count of the objects the reader keeps (paragraphs, runs, text pieces, cells, styles, list definitions,
 * relationships). Byte caps alone do not bound memory: 20 KB of zip can hold millions of empty <w:p/>, each of
 * which would become a model object. Every part reader charges this one budget; running out is docx.tooLarge.
 */
import { CodedError } from "../../../shared/errors/codes";

export class ObjectBudget {
  constructor(private left: number) {}

  take(): void {
    if (--this.left < 0) throw new CodedError("docx.tooLarge", "too many paragraphs, runs or definitions");
  }
}
