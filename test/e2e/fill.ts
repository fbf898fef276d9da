import type { Page } from "playwright-core";
import { formatFormalDate } from "../../shared/dates";
import type { CalendarDate } from "../../shared/dates/types";

/** What a clerk types into the inserted outline, through the stub's test hooks (as a person would in Word). */
export async function fillReport(page: Page, today: CalendarDate): Promise<void> {
  const dateLine = formatFormalDate(today);
  await page.evaluate(({ y, dateLine }) => {
    const s = (window as unknown as { __wordStub: import("../support/word-stub").WordStubHooks }).__wordStub;
    s.typeInSection("I", [
      "Trong 6 tháng đầu năm, đơn vị đã kiểm tra 12/15 đơn vị trực thuộc, đạt 80% kế hoạch; công tác chỉ đạo, điều hành CCHC được triển khai đồng bộ.",
    ]);
    s.typeInSection("II", [
      "Cải cách thủ tục hành chính: còn 3 hồ sơ trễ hạn tại bộ phận một cửa.",
      "Xây dựng chính quyền số: tỷ lệ hồ sơ trực tuyến toàn trình còn thấp.",
    ]);
    s.typeInSection("III", ["Khắc phục các tồn tại theo bảng dưới đây."]);
    s.typeInSection("IV", ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra CCHC."]);
    s.typeInCell(1, 1, 0, "1");
    s.typeInCell(1, 1, 1, "Hồ sơ trễ hạn tại bộ phận một cửa");
    s.typeInCell(1, 1, 2, "Rà soát quy trình, nhắc nhở cán bộ tiếp nhận");
    s.typeInCell(1, 1, 3, `Trước ngày 30/6/${y + 1}`);
    s.replaceText("Số: …/", "Số: 15/");
    s.replaceText(`ngày … tháng … năm ${y}`, dateLine);
    s.replaceText("…………", "Nguyễn Văn An");
  }, { y: today.year, dateLine });
}
