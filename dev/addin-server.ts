import { X509Certificate } from "node:crypto";
import fs from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import * as devCerts from "office-addin-dev-certs";
import { staticFiles } from "./static-files";

export interface AddinServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The built pane (dist/addin). */
  dir: string;
  /** Where the development CA and localhost certificate live; default office-addin-dev-certs' own folder. */
  certDir?: string;
  log?: (line: string) => void;
}

export interface AddinServer {
  url: string;
  close(): Promise<void>;
}

interface Certificates {
  key: Buffer;
  cert: Buffer;
  ca: Buffer;
}

const DOMAINS = ["localhost", "127.0.0.1"];
const DAYS = 30;

function usable(certPath: string, keyPath: string): boolean {
  try {
    const cert = new X509Certificate(fs.readFileSync(certPath));
    fs.accessSync(keyPath, fs.constants.R_OK);
    // Renew a day early rather than serve a certificate that expires mid-session.
    return new Date(cert.validTo).getTime() - Date.now() > 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** Installing a CA needs root on Linux (sudo would prompt for a password otherwise), a GUI prompt elsewhere. */
function canInstallWithoutPrompt(): boolean {
  if (process.env.ADDIN_INSTALL_CA === "0") return false;
  if (process.platform === "linux") return process.getuid?.() === 0 && fs.existsSync("/usr/bin/sudo");
  return process.env.ADDIN_INSTALL_CA === "1";
}

/**
 * The localhost certificate for https://localhost:3000, from office-addin-dev-certs: reused while valid, generated
 * (never prompting) otherwise. Office only loads a pane whose certificate it trusts; when the development CA cannot
 * be installed here, the server still starts and says what to do.
 */
async function certificates(certDir: string, log: (line: string) => void): Promise<Certificates> {
  const ca = path.join(certDir, "ca.crt");
  const cert = path.join(certDir, "localhost.crt");
  const key = path.join(certDir, "localhost.key");
  if (!usable(cert, key)) await devCerts.generateCertificates(ca, cert, key, DAYS, DOMAINS);
  let trusted = false;
  try {
    trusted = devCerts.isCaCertificateInstalled();
  } catch {
    trusted = false;
  }
  if (!trusted && canInstallWithoutPrompt()) {
    try {
      await devCerts.installCaCertificate(ca);
      trusted = true;
    } catch (e) {
      log(`add-in: could not install the development CA (${e instanceof Error ? e.message.split("\n")[0] : e}).`);
    }
  }
  if (!trusted) {
    log(
      `add-in: serving with a certificate signed by a development CA this machine does not trust (${ca}). ` +
        "Word will refuse the pane until you trust it: run `npx office-addin-dev-certs install` (or import ca.crt into your browser).",
    );
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.readFileSync(ca) };
}

/** Serves the built task pane over https (the origin in the manifests): https://localhost:<port>/taskpane.html. */
export async function startAddinServer(opts: AddinServerOptions): Promise<AddinServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  // office-addin-dev-certs' default folder (the package does not export it), shared with Office's own tooling.
  const certDir = opts.certDir ?? path.join(os.homedir(), ".office-addin-dev-certs");
  const tls = await certificates(certDir, log);
  const server = createServer({ key: tls.key, cert: tls.cert }, staticFiles(opts.dir));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // Loopback only: the pane is served to this machine's Word, never to the network.
    server.listen(opts.port, "localhost", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
