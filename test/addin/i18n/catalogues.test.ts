import { en } from "../../../addin/i18n/en";
import { langOf, loadStrings, stringsFor } from "../../../addin/i18n";
import { messageFor } from "../../../addin/i18n/errors";
import { vi } from "../../../addin/i18n/vi";

describe("catalogues", () => {
  it("name the main controls as the acceptance checks expect", () => {
    expect([vi.insertOutline, vi.check, vi.submit]).toEqual(["Chèn đề cương", "Kiểm tra", "Nộp báo cáo"]);
    expect([en.insertOutline, en.check, en.submit]).toEqual(["Insert outline", "Check", "Submit report"]);
  });

  it("cover the same keys in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(en.sections).sort()).toEqual(Object.keys(vi.sections).sort());
  });

  it("pick Vietnamese for vi-* and English for any other Office language", () => {
    expect(langOf("vi-VN")).toBe("vi");
    expect(langOf("VI")).toBe("vi");
    expect(langOf("en-US")).toBe("en");
    expect(langOf("fr-FR")).toBe("en");
  });

  it("load English on demand and speak Vietnamese until it has loaded", async () => {
    expect(stringsFor("en").check).toBe("Kiểm tra");
    await expect(loadStrings("en")).resolves.toBe(en);
    expect(stringsFor("en").check).toBe("Check");
  });

  it("turn error codes into catalogue text, and keep the server's own text for codes it alone knows", () => {
    expect(messageFor("vi", { code: "api.unreachable" })).toMatch(/^Không kết nối được máy chủ/);
    expect(messageFor("en", { code: "office.fileUnsupported" })).toMatch(/does not let add-ins read the file/);
    expect(messageFor("en", { code: "future.code", message: "Thông báo", messageEn: "Notice" })).toBe("Notice");
  });
});
