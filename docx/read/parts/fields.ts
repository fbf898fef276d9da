/**
 * Complex fields (w:fldChar begin … separate … end) may nest and may span paragraphs (a table of contents does).
 * Text is shown only when every open field has reached its result part; the instruction part is never shown.
 */
export class FieldState {
  /** One entry per open field: true once its result (after "separate") has started. */
  private readonly open: boolean[] = [];
  private inInstruction = 0;

  get hidden(): boolean {
    return this.inInstruction > 0;
  }

  fieldChar(type: string | undefined): void {
    if (type === "begin") {
      this.open.push(false);
      this.inInstruction++;
    } else if (type === "separate") {
      const last = this.open.length - 1;
      if (last >= 0 && !this.open[last]) {
        this.open[last] = true;
        this.inInstruction--;
      }
    } else if (type === "end") {
      if (this.open.pop() === false) this.inInstruction--;
    }
  }
}
