import type { Paragraph } from "../../../../shared/model/document";
import { b, para, report, table } from "../builder";
import { codes, withCode } from "../helpers";

/** A two-column header table built from its cells' lines. */
function header(left: (string | Paragraph)[], right: (string | Paragraph)[]) {
  const p = (x: string | Paragraph) => (typeof x === "string" ? para(x, { sizePt: 13 }) : x);
  return [table([[left.map(p), right.map(p)]])];
}
const RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 28 tháng 6 năm 2024"];
const LEFT = ["SỞ TƯ PHÁP", "Số: 45/BC-STP"];

describe("header.agency", () => {
  it("accepts the unit name, with or without a parent body above it", () => {
    expect(codes(report())).not.toContain("header.agency");
    expect(codes(report({ header: header(LEFT, RIGHT) }))).not.toContain("header.agency");
  });

  it("flags the template placeholder left in", () => {
    const [f] = withCode(report({ header: header(["TÊN CƠ QUAN, ĐƠN VỊ", "Số: 45/BC-STP"], RIGHT) }), "header.agency");
    expect(f).toMatchObject({ severity: "error", section: "header", location: { block: 0, row: 0, cell: 0, paragraph: 0 } });
    expect(f?.message).toContain("TÊN CƠ QUAN, ĐƠN VỊ");
  });

  it("flags a header with no unit name (dots or nothing)", () => {
    expect(withCode(report({ header: header(["……………", "Số: 45/BC-STP"], RIGHT) }), "header.agency")).toHaveLength(1);
    expect(withCode(report({ header: header(["Số: 45/BC-STP"], RIGHT) }), "header.agency")).toHaveLength(1);
  });
});

describe("header.number and header.numberFormat", () => {
  const withNumber = (n: string) => report({ header: header(["SỞ TƯ PHÁP", n], RIGHT) });

  it.each(["Số: 45/BC-STP", "Số: 05/BC-UBND", "SỐ: 123/BC-SNV", "Số:45/BC-STP."])("accepts standard %s", (n) => {
    expect(codes(withNumber(n)).filter((c) => c.startsWith("header.number"))).toEqual([]);
  });

  it.each(["Số: 18/BCTĐ-STP", "Số: 2231/SNV-CCHC&PC", "Số: 35/NQ- CP", "Số: 45/BC"])(
    "accepts real but non-standard %s with a warning only",
    (n) => {
      const found = codes(withNumber(n)).filter((c) => c.startsWith("header.number"));
      expect(found).toEqual(["header.numberFormat"]);
      expect(withCode(withNumber(n), "header.numberFormat")[0]?.severity).toBe("warning");
    },
  );

  it.each(["Số: 45/BC-TTr", "Số: 07/BC-SNgV", "Số: 12/BC-BCĐ", "Số: 12/BC-BCĐ389", "Số: 33/BC-STNMT", "Số: 08/BC-SLĐTBXH", "Số: 9/BC-UBND-NV", "Số: 15/BC-CCHC&PC"])(
    "accepts the mixed-case or compound registry code in %s without a warning",
    (n) => {
      expect(codes(withNumber(n)).filter((c) => c.startsWith("header.number"))).toEqual([]);
    },
  );

  it.each(["Số: 45/BC-stp", "Số: 45/BC - STP", "Số: 45/BC-"])("still warns about %s, quoting it", (n) => {
    const [f] = withCode(withNumber(n), "header.numberFormat");
    expect(f?.severity).toBe("warning");
    expect(f?.excerpt).toBe(n);
    expect(f?.location).toMatchObject({ block: 0, cell: 0, paragraph: 1 });
  });

  it.each(["Số: ..../BC-STP", "Số:   /BC-", "Số: …/BC-STP", "Số: ........", "Số:"])("flags the blank number %s", (n) => {
    const [f] = withCode(withNumber(n), "header.number");
    expect(f?.severity).toBe("error");
    expect(f?.location).toMatchObject({ block: 0, cell: 0, paragraph: 1 });
  });

  it("gives the unit's own number as the example, never another unit's code", () => {
    const missing = header(["SỞ Y TẾ"], RIGHT);
    const [own] = withCode(report({ header: missing }), "header.number", { unitCode: "SYT" });
    expect(own?.message).toContain("“Số: 45/BC-SYT”");
    expect(own?.messageEn).toContain("“Số: 45/BC-SYT”");
    // Without the unit (POST /api/validate, the CLI) the rule names the pattern and gives no made-up code.
    const [anyone] = withCode(report({ header: missing }), "header.number");
    expect(anyone?.message).toContain("<chữ viết tắt tên đơn vị>");
    expect(anyone?.message).not.toMatch(/BC-[A-Z]/);
    // A blank number written from the template already carries the unit's code: the example keeps it.
    const [blank] = withCode(withNumber("Số: …/BC-SXD"), "header.number");
    expect(blank?.message).toContain("“Số: 45/BC-SXD”");
    expect(withCode(withNumber("Số: …/BC-SXD"), "header.number", { unitCode: "SYT" })[0]?.message).toContain("“Số: 45/BC-SYT”");
  });

  it("flags a header without any number line; 'Số lượng' is not one", () => {
    expect(withCode(report({ header: header(["SỞ TƯ PHÁP"], RIGHT) }), "header.number")).toHaveLength(1);
    expect(withCode(report({ header: header(["SỞ TƯ PHÁP", "Số lượng: 12"], RIGHT) }), "header.number")).toHaveLength(1);
  });
});

describe("header.national", () => {
  it.each([
    ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"],
    ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập-Tự do-Hạnh phúc"],
    ["CỘNG HÒA  XÃ HỘI CHỦ NGHĨA  VIỆT NAM".normalize("NFD"), "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"],
  ])("accepts case, tone placement, dash and spacing variants: %s / %s", (national, motto) => {
    const d = report({ header: header(LEFT, [national, motto, RIGHT[2]!]) });
    expect(codes(d)).not.toContain("header.national");
  });

  it("accepts both on one line (manual line break)", () => {
    const d = report({ header: header(LEFT, [b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"), RIGHT[2]!]) });
    expect(codes(d)).not.toContain("header.national");
  });

  it("flags a missing motto and a missing national title separately", () => {
    const noMotto = withCode(report({ header: header(LEFT, [RIGHT[0]!, RIGHT[2]!]) }), "header.national");
    expect(noMotto.map((f) => f.message)).toEqual([expect.stringContaining("Tiêu ngữ")]);
    const neither = withCode(report({ header: header(LEFT, [RIGHT[2]!]) }), "header.national");
    expect(neither).toHaveLength(2);
  });
});

describe("header.date", () => {
  const withDate = (line: string) => report({ header: header(LEFT, [RIGHT[0]!, RIGHT[1]!, line]) });

  it.each(["Hà Tĩnh, ngày 28 tháng 6 năm 2024", "Hà Tĩnh, ngày 05 tháng 01 năm 2024", "Can Lộc, ngày 28/6/2024", "Hà Tĩnh ngày 5 tháng 7 năm 2024"])(
    "accepts %s",
    (line) => expect(codes(withDate(line))).not.toContain("header.date"),
  );

  it.each(["Hà Tĩnh, ngày     tháng    năm 2024", "Hà Tĩnh, ngày ... tháng ... năm 2024", "Hà Tĩnh, ngày …. tháng 6 năm 2024"])(
    "flags the blank template %s",
    (line) => {
      const [f] = withCode(withDate(line), "header.date");
      expect(f?.message).toContain("Chưa điền");
      expect(f?.location).toMatchObject({ block: 0, cell: 1, paragraph: 2 });
    },
  );

  it("flags a date that does not exist", () => {
    const [f] = withCode(withDate("Hà Tĩnh, ngày 31 tháng 6 năm 2024"), "header.date");
    expect(f?.message).toContain("không phải là ngày có thật");
  });

  it("flags a header without a date line", () => {
    expect(withCode(report({ header: header(LEFT, RIGHT.slice(0, 2)) }), "header.date")).toHaveLength(1);
  });
});
