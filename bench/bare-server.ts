/** The floor for GET benchmarks: a bare node:http server answering a fixed 200, in its own process like the API. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const BODY = Buffer.from('{"status":"ok"}');

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/json", "content-length": BODY.length });
  res.end(BODY);
});
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
