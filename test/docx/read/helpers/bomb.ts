/** Zip bombs shaped as .docx packages: the rels are real, one part inflates to 1 GiB of zeros. */
import { documentXml, relsXml } from "./docx-fixture";
import { deflatedEntry, rawZip, zerosDeflated, type RawEntry } from "../../../support/raw-zip";

const GiB_IN_MiB = 1024;

/**
 * @param part which entry holds the bomb (word/document.xml is read; an unreferenced part must never be inflated)
 * @param declaredBytes uncompressed size written in the headers: the truth (1 GiB) or a lie
 */
export function zipBombDocx(part: string, declaredBytes: number): Uint8Array {
  const bomb: RawEntry = { name: part, data: zerosDeflated(GiB_IN_MiB), uncompressedSize: declaredBytes, crc: 0 };
  const entries = [
    deflatedEntry(
      "[Content_Types].xml",
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    deflatedEntry("_rels/.rels", relsXml([{ id: "rId1", type: "officeDocument", target: "word/document.xml" }])),
  ];
  if (part !== "word/document.xml") entries.push(deflatedEntry("word/document.xml", documentXml("<w:p/>")));
  return rawZip([...entries, bomb]);
}
