import { loadStrings, stringsFor } from "../../../addin/i18n";
import { dueLine, isOverdue, receiptTime } from "../../../addin/utils/format";

// 30/06/2024 end of day in Asia/Ho_Chi_Minh = 16:59:59.999Z.
const DUE = "2024-06-30T16:59:59.999Z";

// English is a chunk the pane loads before rendering in that language.
beforeAll(() => loadStrings("en"));

describe("dueLine", () => {
  it("counts Vietnamese calendar days before the deadline", () => {
    expect(dueLine(stringsFor("vi"), "vi", DUE, "2024-06-25T02:00:00Z")).toBe("Hạn nộp: 30/06/2024 — còn 5 ngày");
    expect(dueLine(stringsFor("en"), "en", DUE, "2024-06-25T02:00:00Z")).toBe("Due: 30/06/2024 — 5 days left");
  });

  it("says how long it has been overdue", () => {
    expect(dueLine(stringsFor("vi"), "vi", DUE, "2024-07-03T03:00:00Z")).toBe("Hạn nộp: 30/06/2024 — Quá hạn 3 ngày");
    expect(isOverdue(DUE, "2024-07-03T03:00:00Z")).toBe(true);
    expect(isOverdue(DUE, "2024-06-30T16:00:00Z")).toBe(false);
  });
});

describe("receiptTime", () => {
  it("shows the instant as wall-clock time in Vietnam", () => {
    expect(receiptTime("2024-06-30T09:05:00Z")).toBe("30/06/2024 16:05");
    expect(receiptTime("2024-06-30T17:30:00Z")).toBe("01/07/2024 00:30");
  });
});
