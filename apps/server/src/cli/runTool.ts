import { describeStartError } from '../startError.ts';

/** Runs a command-line tool: a failure ends with one sentence naming its cause (TAOBO_DEBUG=1: the stack too). */
export function runTool(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    console.error(describeStartError(e, process.env.DATABASE_URL));
    if (process.env.TAOBO_DEBUG || process.env.DEBUG) console.error(e);
    process.exit(1);
  });
}
