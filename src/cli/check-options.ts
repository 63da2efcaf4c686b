import type { ArgumentsCamelCase, InferredOptionTypes, Options } from 'yargs';
import { CONCURRENCY_CHOICES } from '../check/concurrency.js';
import { HMC_CAPTURE_COMMAND } from '../inventory/capture-command.js';
import { DEFAULT_PATTERN, DEFAULT_STDIN_NAME } from '../read/discover.js';
import { DEFAULT_MAX_FILE_SIZE } from '../read/load.js';
import { configChoice, fromToken, toList } from './argument-values.js';
import type { CheckOptions } from './check-command.js';
import { CONFIG_OPTION, FORMAT_OPTION, OUTPUT_FILE_OPTION, PROGRESS_OPTION } from './shared-options.js';

// What `lparlint check` takes on the command line, in one table that both parsers read: yargs
// (command-line.ts, for the help and every message) and yargs-parser alone (plain-check.ts, the
// fast start of a plain check).

/** `check [paths..]`: the files, directories or `-` to check. */
export const CHECK_PATHS = {
  type: 'string',
  array: true,
  default: [],
  defaultDescription: 'the current directory, unless --main-cf is given',
  describe: 'Files, directories or -',
} as const;

/** The options of `check`, in the order the help lists them. */
export const CHECK_OPTIONS = {
  pattern: { type: 'string', defaultDescription: `${DEFAULT_PATTERN}, or the config file's pattern`, requiresArg: true, describe: 'Glob that picks profile files inside directories' },
  'stdin-filename': { type: 'string', requiresArg: true, describe: `Name that reports give standard input (default ${DEFAULT_STDIN_NAME})` },
  rule: { type: 'string', requiresArg: true, describe: 'Set a rule\'s severity: id=off|info|warning|error (repeatable)' },
  format: FORMAT_OPTION,
  'output-file': OUTPUT_FILE_OPTION,
  progress: PROGRESS_OPTION,
  quiet: { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' },
  'max-warnings': { type: 'number', requiresArg: true, describe: 'Exit with code 1 when there are more warnings than this' },
  color: { type: 'boolean', describe: 'Force colours on (--color) or off (--no-color)' },
  'main-cf': { type: 'string', requiresArg: true, describe: 'VCS main.cf: audit every LPAR resource and each node\'s ProfileFile' },
  inventory: { type: 'string', requiresArg: true, describe: `Physical servers and VIO servers: YAML/JSON, or saved "${HMC_CAPTURE_COMMAND}" output (repeatable)` },
  'path-map': { type: 'string', requiresArg: true, describe: 'Read ProfileFile paths under FROM from TO: FROM=TO (repeatable)' },
  fix: { type: 'boolean', default: false, describe: 'Apply safe fixes (they cannot change what the partition becomes) and write the files' },
  'fix-unsafe': { type: 'boolean', default: false, describe: 'Apply unsafe fixes too (review them: they change values)' },
  'fix-dry-run': { alias: 'diff', type: 'boolean', default: false, describe: 'Write nothing; print the fixes as a unified diff that git apply accepts (the report goes to stderr)' },
  backup: { type: 'boolean', default: false, describe: 'With --fix: keep each original as <file>.orig' },
  'max-file-size': { type: 'number', requiresArg: true, defaultDescription: `${DEFAULT_MAX_FILE_SIZE} (1 MiB)`, describe: 'Do not read profile files larger than this many bytes (an io finding instead)' },
  node: { type: 'string', requiresArg: true, describe: 'Check the given files for this VCS node (needs --inventory or --main-cf)' },
  concurrency: { type: 'string', requiresArg: true, defaultDescription: 'auto', describe: `Threads that check files: ${CONCURRENCY_CHOICES}; auto uses more than one for large batches only` },
  // Baseline options (src/baseline/).
  baseline: { type: 'string', requiresArg: true, describe: 'Findings recorded in this baseline file do not fail the run; new ones do' },
  'update-baseline': { type: 'boolean', default: false, describe: 'Write the findings of this run to the --baseline file (creating it)' },
  'prune-baseline': { type: 'boolean', default: false, describe: 'Remove from the --baseline file the findings that no longer occur' },
  config: CONFIG_OPTION,
} as const satisfies Record<string, Options>;

/** The parsed arguments of `check`, as either parser gives them. */
export type CheckArguments = ArgumentsCamelCase<InferredOptionTypes<typeof CHECK_OPTIONS>> & { readonly paths: readonly string[] };

/** The options runCheck takes, from the parsed arguments. */
export function checkOptions(args: CheckArguments): CheckOptions {
  return {
    paths: args.paths.map(fromToken),
    ...(args.pattern !== undefined ? { pattern: fromToken(args.pattern) } : {}),
    ...configChoice(args.config),
    rules: toList(args.rule).map(fromToken),
    formats: toList(args.format).map(fromToken),
    quiet: args.quiet,
    progress: args.progress,
    inventory: toList(args.inventory).map(fromToken),
    fixDryRun: args.fixDryRun,
    backup: args.backup,
    ...(args.baseline !== undefined ? { baseline: fromToken(args.baseline) } : {}),
    updateBaseline: args.updateBaseline,
    pruneBaseline: args.pruneBaseline,
    ...(args.fixUnsafe ? { fix: 'unsafe' as const } : args.fix ? { fix: 'safe' as const } : {}),
    pathMap: toList(args.pathMap).map(fromToken),
    ...(args.mainCf !== undefined ? { mainCf: fromToken(args.mainCf) } : {}),
    ...(args.node !== undefined ? { node: fromToken(args.node) } : {}),
    ...(args.stdinFilename !== undefined ? { stdinFilename: fromToken(args.stdinFilename) } : {}),
    ...(args.outputFile !== undefined ? { outputFile: fromToken(args.outputFile) } : {}),
    ...(args.maxWarnings !== undefined ? { maxWarnings: args.maxWarnings } : {}),
    ...(args.maxFileSize !== undefined ? { maxFileSize: args.maxFileSize } : {}),
    ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
    ...(args.color !== undefined ? { color: args.color } : {}),
  };
}
