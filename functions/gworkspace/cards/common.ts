/** Cards every surface may answer with: an account not in the accounts file, and a refusal or failure. */
import type { RenderActions } from "../../../shared/gworkspace/card";
import type { ErrorCode } from "../../../shared/errors/codes";
import { errorText } from "../../../shared/errors/messages";
import { card, esc, notify, push, section, text } from "./ui";

export const ADDON_TITLE = "Báo cáo CCHC";

/** Never data: who the account is, and whom to ask. */
export function unmappedCard(email: string): RenderActions {
  return push(
    card(ADDON_TITLE, "Tài khoản chưa được gán đơn vị", [
      section([
        text(`Tài khoản <b>${esc(email)}</b> chưa có trong danh sách tài khoản của hệ thống báo cáo CCHC.`),
        text(
          "Hãy gửi địa chỉ e-mail này cho <b>Phòng Cải cách hành chính, Sở Nội vụ</b> (bộ phận quản trị hệ thống) " +
            "để được gán vào đơn vị của mình, rồi mở lại tiện ích.",
        ),
        text(`<i>This Google account (${esc(email)}) is not in the accounts list. Ask Sở Nội vụ (CCHC office) to add it to your unit.</i>`),
      ]),
    ]),
  );
}

/** A coded failure as a notification the host shows at the bottom of the sidebar. */
export function errorNotice(code: ErrorCode): RenderActions {
  const t = errorText(code);
  return notify(`${t.message} (${t.messageEn})`);
}
