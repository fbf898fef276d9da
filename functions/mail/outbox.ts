/**
 * Without an SMTP relay (npm start) every message becomes an .eml file in CCHC_DATA_DIR/outbox: the same bytes
 * nodemailer would send (its buffer transport), so a newcomer opens them in any mail client to see the reminders.
 */
import { writeFileAtomic } from "../fs/atomic-write";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { Mailer } from "./port";

export interface OutboxOptions {
  dir: string;
  from: string;
  now: () => Date;
}

/** "<cchc.ht-2024.snv.before-7@cchc-report>" → a safe file name part. */
const slug = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^_+|_+$/g, "");

export function openOutboxMailer(opts: OutboxOptions): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    kind: "outbox",
    where: opts.dir,
    send: async (m) => {
      const info = await transport.sendMail({
        from: opts.from,
        to: [...m.to],
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.messageId,
        date: opts.now(),
      });
      const bytes: unknown = info.message;
      if (!Buffer.isBuffer(bytes)) throw new Error("nodemailer buffer transport returned no message bytes");
      const stamp = opts.now().toISOString().replace(/[:.]/g, "-");
      const file = join(opts.dir, `${stamp}_${slug(m.messageId)}.eml`);
      await writeFileAtomic(file, bytes);
    },
    close: async () => {
      transport.close();
    },
  };
}
