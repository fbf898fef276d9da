import { nodeIO, type CliIO } from "../../cli/io";
import { main } from "../../cli/main";

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with real file access and captured output. */
export async function cchc(...argv: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const io: CliIO = { ...nodeIO(), out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}
