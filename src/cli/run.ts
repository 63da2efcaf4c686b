import { packageInfo } from '../core/package-info.js';
import { InputError } from '../read/input-error.js';
import type { CliIo } from './io.js';
import { parsePlainCheck } from './plain-check.js';

/** Exit code for a bad command line, a missing path, an unwritable report or an internal error. */
export const USAGE_EXIT_CODE = 2;

/**
 * The whole CLI as a function: runs `argv` (without `node` and the script) and returns the exit
 * code. Never throws and never exits; any failure becomes one line on stderr and exit code 2
 * (with --debug, an internal error's stack trace follows the line).
 */
export async function run(argv: readonly string[], given: CliIo): Promise<number> {
  const io: CliIo = { ...given, argv };
  let debug = false;
  try {
    // A plain check is parsed without loading yargs (plain-check.ts); anything else goes to yargs.
    const parsed = parsePlainCheck(argv) ?? (await (await import('./command-line.js')).parseCommandLine(argv, packageInfo().version));
    const { invocation } = parsed;
    debug = parsed.debug;
    // Each command is loaded only when it runs: a check of one file should not pay for loading
    // the log reader, the generator or the pattern catalog (see bench/startup.mjs).
    switch (invocation.command) {
      case 'check':
        return await (await import('./check-command.js')).runCheck({ ...invocation.options, debug }, io);
      case 'generate':
        return await (await import('./generate-command.js')).runGenerate(invocation.options, io);
      case 'diagnose':
        return await (await import('./diagnose-command.js')).runDiagnose(invocation.options, io);
      case 'print-config':
        return await (await import('./print-config-command.js')).runPrintConfig(invocation.options, io);
      case 'rules': {
        const [{ ALL_RULES }, { listRules, showRuleDoc }] = await Promise.all([import('../../rules/index.js'), import('./rules-command.js')]);
        return invocation.id === undefined ? listRules(ALL_RULES, io) : showRuleDoc(invocation.id, ALL_RULES, io);
      }
      case 'print':
        io.stdout.write(invocation.text + '\n');
        return 0;
    }
  } catch (error) {
    const message = error instanceof InputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`lparlint: ${oneLine(message)}\n`);
    // The trace is for a bug report, asked for with --debug; users get the one line above.
    if (debug && !(error instanceof InputError) && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return USAGE_EXIT_CODE;
  }
}

/** yargs and Node put line breaks in some messages; stderr gets exactly one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
