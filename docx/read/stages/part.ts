/** What every part reader needs: the opened package, the XML depth cap and the shared object budget. */
import type { ObjectBudget } from "./budget";
import type { ZipPackage } from "./zip";
import { visibleOnly } from "./visible";
import { parseXml, type XmlHandler } from "./xml";

export interface PartSource {
  pkg: ZipPackage;
  maxXmlDepth: number;
  budget: ObjectBudget;
}

/**
 * Streams one part through the XML stage and the visibility filter into `handler`. A missing part is the caller's
 * decision (most are optional), so callers check `pkg.has` first.
 */
export function parsePart(src: PartSource, partName: string, handler: XmlHandler): Promise<void> {
  return parseXml(src.pkg.read(partName), visibleOnly(handler), src.maxXmlDepth);
}
