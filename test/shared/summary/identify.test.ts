import { readDocx } from "../../../docx/read";
import { writeDocx } from "../../../docx/write";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { buildOutline } from "../../../shared/outline/build";
import { exampleContent } from "../../../shared/outline/example";
import { identifyReport } from "../../../shared/summary";
import type { Unit } from "../../../shared/units/schema";
import { HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { fixtureUnit } from "../../fixtures/reports";

async function identify(writer: Unit) {
  const read = await readDocx(writeDocx(buildOutline(HA_TINH_2024, writer, exampleContent(HA_TINH_2024, writer))));
  if (!read.ok) throw new Error(read.error.code);
  return identifyReport(read.model, HA_TINH_2024, HA_TINH_2024_UNITS);
}

describe("identifyReport: which unit wrote a report received by another channel", () => {
  it("matches the header's issuing body to the registry, and reads the header's date", async () => {
    const found = await identify(fixtureUnit("stp"));
    expect(found).toEqual({ unit: fixtureUnit("stp"), agency: "SỞ TƯ PHÁP", date: { year: 2024, month: 6, day: 28 } });
  });

  it("reads 'Ủy ban nhân dân' spelled out as 'UBND'", async () => {
    const found = await identify({ ...fixtureUnit("d443"), name: "Ủy ban nhân dân huyện Can Lộc" });
    expect(found.unit?.id).toBe("d443");
  });

  it("names no unit for a body outside the registry", async () => {
    const found = await identify({ ...fixtureUnit("stp"), id: "bdt", name: "Ban Dân tộc tỉnh" });
    expect(found.unit).toBeUndefined();
    expect(found.agency).toBe("BAN DÂN TỘC TỈNH");
  });
});
