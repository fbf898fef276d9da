import type { Block } from "../../../shared/model/document";
import { b, campaign, doc, para, table } from "./builder";

/**
 * Whole reports for end-to-end checks: a district report laid out differently from the builder's Sở Tư pháp one,
 * and the bare template a unit starts from.
 */
export function districtReport(): ReturnType<typeof doc> {
  const h1 = (text: string, label: string) => para(text, { headingLevel: 1, listLabel: label, bold: true });
  const h2 = (text: string, label: string) => para(text, { headingLevel: 2, listLabel: label, bold: true });
  const small = (text: string, o: { bold?: boolean } = {}) => para(text, { sizePt: 12, ...o });
  const blocks: Block[] = [
    table([
      [[b("ỦY BAN NHÂN DÂN\nHUYỆN CAN LỘC", { sizePt: 13 })], [b("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", { sizePt: 12 }), b("Độc lập – Tự do – Hạnh phúc", { sizePt: 13 })]],
      [[para("Số: 112/BC-UBND", { sizePt: 13 })], [para("Can Lộc, ngày 05 tháng 7 năm 2024", { italic: true, sizePt: 14 })]],
    ]),
    b("BÁO CÁO", { alignment: "center" }),
    b("Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính", { alignment: "center" }),
    b("6 tháng đầu năm 2024", { alignment: "center" }),
    para("Thực hiện Kế hoạch số 3433/KH-UBND ngày 25/12/2023 của UBND tỉnh, UBND huyện Can Lộc báo cáo như sau:"),
    h1("Kết quả đạt được", "I."),
    h2("Công tác chỉ đạo, điều hành", "1."),
    para("UBND huyện ban hành Kế hoạch kiểm tra CCHC năm 2024; trong 6 tháng đầu năm đã kiểm tra mười hai xã, thị trấn và 05 phòng chuyên môn."),
    h2("Cải cách thủ tục hành chính", "2."),
    para("Tỷ lệ hồ sơ giải quyết đúng hạn tại Bộ phận Một cửa huyện đạt 99,2%."),
    h1("Tồn tại, hạn chế", "II."),
    para("Một số xã chưa cập nhật kịp thời thủ tục hành chính mới ban hành; việc số hóa hồ sơ, kết quả giải quyết TTHC còn chậm."),
    para("Hạ tầng công nghệ thông tin phục vụ chuyển đổi số tại một số xã còn thiếu, xuống cấp."),
    h1("Giải pháp khắc phục", "III."),
    para("UBND huyện đề ra các giải pháp khắc phục và thời hạn cụ thể như sau:"),
    table([
      [small("TT", { bold: true }), small("Giải pháp khắc phục", { bold: true }), small("Thời hạn hoàn thành", { bold: true })],
      [small("1"), small("Rà soát, cập nhật, công khai đầy đủ TTHC tại 22 xã, thị trấn"), small("30/9/2024")],
      [small("2"), small("Số hóa hồ sơ, kết quả giải quyết TTHC theo quy định"), small("Quý III/2024")],
      [small("3"), small("Đầu tư, nâng cấp thiết bị tại Bộ phận Một cửa cấp xã"), small("Tháng 10/2024")],
    ]),
    para("Trên đây là báo cáo kết quả kiểm tra, tự kiểm tra công tác CCHC 6 tháng đầu năm 2024 của UBND huyện Can Lộc./."),
    para("Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN", { sizePt: 12, bold: true }),
    para("- Sở Nội vụ;\t\t\tKT. CHỦ TỊCH", { sizePt: 12 }),
    para("- TT Huyện ủy, HĐND huyện;\t\tPHÓ CHỦ TỊCH", { sizePt: 12 }),
    para("- Lưu: VT, NV.", { sizePt: 12 }),
    para(""),
    para("\t\t\t\tNguyễn Văn Hùng", { bold: true, sizePt: 13 }),
  ];
  return doc(blocks);
}

/** The bare template: header placeholders, guidance under each heading, blank signer. */
export function bareTemplate(): ReturnType<typeof doc> {
  const guidance = (key: string) => campaign.outline.sections.find((s) => s.key === key)?.guidance ?? "";
  const heading = (key: string) => {
    const s = campaign.outline.sections.find((x) => x.key === key)!;
    return b(`${key}. ${s.heading}${s.headingNote ? ` ${s.headingNote}` : ""}`);
  };
  return doc([
    table([
      [
        [b("TÊN CƠ QUAN, ĐƠN VỊ", { sizePt: 13 }), para("Số: ……/BC-……", { sizePt: 13 })],
        [b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { sizePt: 13 }), b("Độc lập - Tự do - Hạnh phúc"), para("Hà Tĩnh, ngày     tháng     năm 2024", { italic: true })],
      ],
    ]),
    b("BÁO CÁO"),
    b(campaign.outline.subject),
    ...(["I", "II", "III", "IV"] as const).flatMap((k) => [heading(k), para(guidance(k))]),
    table([
      [
        [para("Nơi nhận:", { bold: true, italic: true, sizePt: 12 }), ...campaign.outline.recipients.map((r) => para(`- ${r};`, { sizePt: 11 }))],
        [b(campaign.outline.signerPlaceholder), para(""), para("……………")],
      ],
    ]),
  ]);
}
