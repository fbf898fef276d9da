import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { UnitDue } from "../../../shared/api";
import { makeDemoCampaign } from "../../../shared/campaign/demo";
import { HA_TINH_TWO_TIER_UNITS } from "../../../shared/units/ha-tinh-two-tier";
import { LangContext, loadStrings, type Lang } from "../../../addin/i18n";
import { UnitPicker } from "../../../addin/panes/UnitPicker";

const demo = makeDemoCampaign({ year: 2026, month: 12, day: 3 });
const units: UnitDue[] = HA_TINH_TWO_TIER_UNITS.map((u) => ({ ...u, dueAt: "2026-12-08T16:59:59.999Z", due: "2026-12-08", countKnown: false }));

function render(lang: Lang, value: string | undefined, devAuth: boolean): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={lang}>
        <UnitPicker units={units} levels={demo.levels} value={value} devAuth={devAuth} onChange={() => undefined} />
      </LangContext.Provider>
    </FluentProvider>,
  );
}

// English is a chunk the pane loads before rendering in that language.
beforeAll(() => loadStrings("en"));

describe("UnitPicker", () => {
  it("is a labelled combobox showing the chosen unit's name, with a search hint", () => {
    const html = render("vi", "phuong-thanh-sen", false);
    const input = /<input[^>]*role="combobox"[^>]*>/.exec(html)?.[0] ?? "";
    expect(input).toContain('value="UBND phường Thành Sen"');
    expect(input).toContain('placeholder="Gõ tên đơn vị để tìm…"');
    const id = / id="([^"]+)"/.exec(input)?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(`<label for="${id}"`);
    expect(html).toMatch(/<label[^>]*>Chọn đơn vị<\/label>/);
    expect(html).not.toContain("Chế độ phát triển");
  });

  it("says development mode when sign-in is the development one, and speaks English outside Vietnamese Office", () => {
    expect(render("vi", undefined, true)).toContain("Chế độ phát triển");
    const en = render("en", undefined, false);
    expect(en).toContain("Choose unit");
    expect(/<input[^>]*role="combobox"[^>]*>/.exec(en)?.[0]).toContain('value=""');
  });
});
