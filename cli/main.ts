import { parseArgs } from "node:util";
import { DEFAULT_CAMPAIGN_ID } from "../shared/campaign/registry";
import { CodedError } from "../shared/errors/codes";
import { outlineCommand, unitsCommand, validateCommand, type Common } from "./commands";
import { fsErrorCode, nodeIO, type CliIO } from "./io";
import { EN, VI } from "./messages";
import { UsageError } from "./registry";
import { summaryCommand } from "./summary";

const OPTIONS = {
  json: { type: "boolean" },
  csv: { type: "boolean" },
  en: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  campaign: { type: "string" },
  unit: { type: "string" },
  out: { type: "string" },
  example: { type: "boolean" },
  units: { type: "string" },
} as const;

/** Usage errors, unknown ids and unreadable inputs: exit 2, as for an unreadable report. */
const USAGE_EXIT = 2;

/** `cchc <command> …`; returns the exit code. Pure over `io`, so tests call it with captured output. */
export async function main(argv: readonly string[], io: CliIO = nodeIO()): Promise<number> {
  const en = argv.includes("--en");
  const t = en ? EN : VI;
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    if (values.help || command === "help") {
      io.out(t.usage);
      return 0;
    }
    const c: Common = { io, t, en, campaignId: values.campaign ?? DEFAULT_CAMPAIGN_ID };
    if (command === "validate") return await validateCommand(rest, values.json ?? false, c);
    if (command === "summary") return await summaryCommand({ out: values.out, csv: values.units, files: rest }, c);
    if (rest.length > 0) throw new UsageError(t.badArgs(rest.join(" ")));
    if (command === "outline") return await outlineCommand({ unitId: values.unit, out: values.out, csv: values.units, example: values.example ?? false }, c);
    if (command === "units") return await unitsCommand(values.csv ?? false, values.units, c);
    io.err((command ? t.unknownCommand(command) + "\n\n" : "") + t.usage);
    return USAGE_EXIT;
  } catch (e) {
    io.err(describeFailure(e, t) + "\n");
    return USAGE_EXIT;
  }
}

function describeFailure(e: unknown, t: typeof VI): string {
  if (e instanceof UsageError) return e.message;
  if (e instanceof CodedError) return e.message;
  const fsCode = fsErrorCode(e);
  if (fsCode?.startsWith("ERR_PARSE_ARGS")) return `${t.badArgs(e instanceof Error ? e.message : String(e))}\n\n${t.usage}`;
  if (fsCode) return `${fsCode}: ${e instanceof Error ? e.message : String(e)}`;
  throw e;
}

/** Entry point of bin/cchc.js. */
export function runFromProcess(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
