/** The worker thread's entry: reads one document per message with the same caps as everywhere else. */
import { parentPort } from "node:worker_threads";
import { readDocxCapped } from "../../docx/text-caps";
import { ReadJobSchema, type ReadReply } from "./messages";

const port = parentPort;
if (port) {
  port.on("message", (raw: unknown) => {
    const job = ReadJobSchema.parse(raw);
    const { id, bytes, maxFileBytes, maxParagraphs, maxTextChars } = job;
    void readDocxCapped(bytes, { maxFileBytes }, { maxParagraphs, maxTextChars }).then((result) => {
      const reply: ReadReply = { id, result };
      port.postMessage(reply);
    });
  });
}
