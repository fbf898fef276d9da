/** Delivery through any SMTP relay (Azure Communication Services' SMTP included) with nodemailer. */
import nodemailer from "nodemailer";
import type { Mailer } from "./port";

export interface SmtpMailerOptions {
  /** smtp(s)://user:pass@host:port — TLS by the scheme (smtps) or STARTTLS when the server offers it. */
  url: string;
  from: string;
  /** Connection, greeting and socket timeouts, so a silent relay fails an attempt instead of hanging the timer. */
  timeoutMs?: number;
}

export function openSmtpMailer(opts: SmtpMailerOptions): Mailer {
  const timeout = opts.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport(opts.url, {
    from: opts.from,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    kind: "smtp",
    where: new URL(opts.url).host,
    send: async (m) => {
      await transport.sendMail({ from: opts.from, to: [...m.to], subject: m.subject, text: m.text, html: m.html, messageId: m.messageId });
    },
    close: async () => {
      transport.close();
    },
  };
}
