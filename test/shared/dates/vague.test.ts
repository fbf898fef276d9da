import { findVagueDeadlines } from "../../../shared/dates";

const texts = (s: string) => findVagueDeadlines(s).map((m) => m.text);

describe("findVagueDeadlines", () => {
  it.each([
    ["Thường xuyên rà soát, cập nhật TTHC", ["Thường xuyên"]],
    ["Khắc phục ngay các tồn tại", ["ngay"]],
    ["Chấn chỉnh kịp thời", ["kịp thời"]],
    ["Sẽ hoàn thiện trong thời gian tới", ["trong thời gian tới"]],
    ["Định kỳ hằng tháng báo cáo", ["Định kỳ hằng tháng"]],
    ["định kì hàng quý kiểm tra", ["định kì hàng quý"]],
    ["tổ chức hằng năm", ["hằng năm"]],
    ["báo cáo hàng tháng", ["hàng tháng"]],
    ["thực hiện liên tục", ["liên tục"]],
    ["khắc phục sớm", ["sớm"]],
    ["trong thời gian sớm nhất", ["trong thời gian sớm nhất"]],
    ["trước mắt và lâu dài", ["trước mắt", "lâu dài"]],
    ["từng bước khắc phục", ["từng bước"]],
    ["Báo cáo trước ngày 20 tháng 12 hằng năm", ["trước ngày 20 tháng 12 hằng năm"]],
    ["gửi trước 31/12 hàng năm", ["trước 31/12 hàng năm"]],
    ["nộp ngày 25 hằng tháng", ["ngày 25 hằng tháng"]],
    ["chậm nhất là ngày 20 của tháng cuối kỳ", ["chậm nhất là ngày 20 của tháng cuối kỳ"]],
    ["THƯỜNG XUYÊN", ["THƯỜNG XUYÊN"]],
  ])("%j → %j", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    "Trước ngày 30/6/2024",
    "ngày 15/12/2024",
    "Ngày làm việc",
    "ngày 5",
    "xếp hạng năm 2024",
    "năm mới",
    "ngay 30/6/2024",
    "Ngayễn",
    "kỳ họp thứ 7",
    "",
  ])("%j has no vague deadline (word boundaries and tones matter)", (text) => {
    expect(texts(text)).toEqual([]);
  });

  it("accepts either tone placement and decomposed Unicode, with offsets into the original", () => {
    const text = "Đơn vị sẽ khắc phục ngay, thường xuyên kiểm tra định kỳ.".normalize("NFD");
    const found = findVagueDeadlines(text);
    expect(found.map((m) => m.text.normalize("NFC"))).toEqual(["ngay", "thường xuyên", "định kỳ"]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    // The grave accent on "kỳ" is a combining mark at the very end: it belongs to the match.
    expect(found[2]!.end).toBe(text.lastIndexOf("."));
  });
});
