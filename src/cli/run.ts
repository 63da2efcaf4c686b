import { readFileSync } from 'node:fs';
import { ALL_RULES } from '../../rules/index.js';
import { packagePath } from '../core/package-root.js';
import { InputError } from '../read/input-error.js';
import { runCheck } from './check-command.js';
import { runDiagnose } from './diagnose-command.js';
import { runGenerate } from './generate-command.js';
import { parseCommandLine } from './command-line.js';
import type { CliIo } from './io.js';
import { listRules, showRuleDoc } from './rules-command.js';

/** Exit code for a bad command line, a missing path, an unwritable report or an internal error. */
export const USAGE_EXIT_CODE = 2;

/**
 * The whole CLI as a function: runs `argv` (without `node` and the script) and returns the exit
 * code. Never throws and never exits; any failure becomes one line on stderr and exit code 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const invocation = await parseCommandLine(argv, packageVersion());
    switch (invocation.command) {
      case 'check':
        return await runCheck(invocation.options, io);
      case 'generate':
        return await runGenerate(invocation.options, io);
      case 'diagnose':
        return await runDiagnose(invocation.options, io);
      case 'rules':
        return invocation.id === undefined ? listRules(ALL_RULES, io) : await showRuleDoc(invocation.id, ALL_RULES, io);
      case 'print':
        io.stdout.write(invocation.text + '\n');
        return 0;
    }
  } catch (error) {
    const message = error instanceof InputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`lparlint: ${oneLine(message)}\n`);
    return USAGE_EXIT_CODE;
  }
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}

/** yargs and Node put line breaks in some messages; stderr gets exactly one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
