/**
 * A real SMTP server in-process (smtp-server), on 127.0.0.1 and a free port, that keeps what it received. `refuse`
 * decides per message whether to answer a transient 451 instead, like a relay that is down or throttling.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** The decoded Subject header (RFC 2047 words joined). */
  subject: string;
  messageId: string;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedMail[];
  /** Messages refused so far. */
  refused: number;
  refuse: () => boolean;
  stop(): Promise<void>;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
  );
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : "";
}

export async function startSmtpServer(refuse: () => boolean = () => false): Promise<SmtpTestServer> {
  const state = { received: [] as ReceivedMail[], refused: 0, refuse };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.refuse()) {
          state.refused += 1;
          const err = Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 });
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        state.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: decodeWords(header(raw, "Subject")),
          messageId: header(raw, "Message-ID"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get refused() {
      return state.refused;
    },
    get refuse() {
      return state.refuse;
    },
    set refuse(fn: () => boolean) {
      state.refuse = fn;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
