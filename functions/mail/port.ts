/** The mail port. Adapters: ./smtp.ts (any SMTP relay, SMTP_URL) and ./outbox.ts (.eml files, the local default). */

export interface MailMessage {
  to: readonly string[];
  subject: string;
  text: string;
  html: string;
  /** Deterministic per reminder, so a mail client folds a copy sent twice after a crash into one. */
  messageId: string;
}

export interface Mailer {
  readonly kind: "smtp" | "outbox";
  /** For the start banner and logs: the relay's host, or the outbox folder. Never a password. */
  readonly where: string;
  /** Resolves once the relay accepted the message (or the file is on disk); rejects otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}
