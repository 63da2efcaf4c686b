import yargs from 'yargs';
import { CONTINUED_CAPTURE_COMMANDS } from '../generate/capture-commands.js';
import { HMC_CAPTURE_COMMAND } from '../inventory/capture-command.js';
import { DEFAULT_PATTERN, DEFAULT_STDIN_NAME, STDIN_ARGUMENT } from '../read/discover.js';
import { DEFAULT_MAX_FILE_SIZE } from '../read/load.js';
import { InputError } from '../read/input-error.js';
import { DEFAULT_FORMAT, FORMATTERS } from '../report/formatters/index.js';
import type { CheckOptions } from './check-command.js';
import type { DiagnoseOptions } from './diagnose-command.js';
import type { GenerateOptions } from './generate-command.js';
import type { PrintConfigOptions } from './print-config-command.js';

/** What the command line asks for. */
export type Invocation =
  | { readonly command: 'check'; readonly options: CheckOptions }
  | { readonly command: 'rules'; readonly id?: string }
  | { readonly command: 'generate'; readonly options: GenerateOptions }
  | { readonly command: 'diagnose'; readonly options: DiagnoseOptions }
  | { readonly command: 'print-config'; readonly options: PrintConfigOptions }
  /** `--help` or `--version`: text yargs made, to print as it is. */
  | { readonly command: 'print'; readonly text: string };

/** The invocation, and `--debug`, which says how run() reports an internal error of any command. */
export interface ParsedCommandLine {
  readonly invocation: Invocation;
  readonly debug: boolean;
}

/** `--format NAME[:FILE]` of check and diagnose (output-specs.ts): repeatable, so no default here. */
const FORMAT_OPTION = {
  alias: 'f',
  type: 'string',
  requiresArg: true,
  defaultDescription: `${DEFAULT_FORMAT}; in GitHub Actions also github`,
  describe: `Report format, NAME or NAME:FILE to write it to a file (repeatable): ${[...FORMATTERS.keys()].join(', ')}`,
} as const;
/** `--progress` (default) / `--no-progress` of check and diagnose (src/report/progress.ts). */
const PROGRESS_OPTION = {
  type: 'boolean',
  default: true,
  describe: 'Show a progress bar on stderr on long runs (a terminal only, not in CI); --no-progress: never',
} as const;
const OUTPUT_FILE_OPTION = {
  alias: 'o',
  type: 'string',
  requiresArg: true,
  describe: 'Write the report of the --format given without a file to this file instead of standard output',
} as const;

/** Help text is wrapped at a fixed width, so it reads the same in every terminal and test. */
const HELP_WIDTH = 100;

/**
 * yargs-parser silently drops a lone `-` (it takes it for an empty group of short options), so
 * `-` is swapped for this token before parsing and back after. NUL cannot occur in a path.
 */
const DASH_TOKEN = '\u0000-';
const fromToken = (value: string): string => (value === DASH_TOKEN ? STDIN_ARGUMENT : value);

/**
 * Parses the arguments with yargs (strict: unknown commands and options are errors) and says
 * what to run; it runs nothing itself, so yargs never exits the process or prints.
 * Throws InputError for a bad command line.
 */
export async function parseCommandLine(argv: readonly string[], version: string): Promise<ParsedCommandLine> {
  let invocation: Invocation | undefined;
  let printed = '';
  const parsed = await yargs()
    .scriptName('lparlint')
    .locale('en')
    .wrap(HELP_WIDTH)
    .strict()
    .exitProcess(false)
    .fail((message: string | null | undefined, error: Error | undefined) => {
      const text = (message ?? error?.message ?? 'bad command line').replaceAll(DASH_TOKEN, STDIN_ARGUMENT);
      throw new InputError(`${text} (see lparlint --help)`);
    })
    .usage('$0 <command>\n\nLints the LPAR profile files that the VCS LPAR agent reads (ProfileFile).')
    .command(
      'check [paths..]',
      'Check profile files, directories (recursively) or standard input (-)',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, default: [], defaultDescription: 'the current directory, unless --main-cf is given', describe: 'Files, directories or -' })
          .option('pattern', { type: 'string', defaultDescription: `${DEFAULT_PATTERN}, or the config file's pattern`, requiresArg: true, describe: 'Glob that picks profile files inside directories' })
          .option('stdin-filename', { type: 'string', requiresArg: true, describe: `Name that reports give standard input (default ${DEFAULT_STDIN_NAME})` })
          .option('rule', { type: 'string', requiresArg: true, describe: 'Set a rule\'s severity: id=off|info|warning|error (repeatable)' })
          .option('format', FORMAT_OPTION)
          .option('output-file', OUTPUT_FILE_OPTION)
          .option('progress', PROGRESS_OPTION)
          .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
          .option('max-warnings', { type: 'number', requiresArg: true, describe: 'Exit with code 1 when there are more warnings than this' })
          .option('color', { type: 'boolean', describe: 'Force colours on (--color) or off (--no-color)' })
          .option('main-cf', { type: 'string', requiresArg: true, describe: 'VCS main.cf: audit every LPAR resource and each node\'s ProfileFile' })
          .option('inventory', { type: 'string', requiresArg: true, describe: `Physical servers and VIO servers: YAML/JSON, or saved "${HMC_CAPTURE_COMMAND}" output (repeatable)` })
          .option('path-map', { type: 'string', requiresArg: true, describe: 'Read ProfileFile paths under FROM from TO: FROM=TO (repeatable)' })
          .option('fix', { type: 'boolean', default: false, describe: 'Apply safe fixes (they cannot change what the partition becomes) and write the files' })
          .option('fix-unsafe', { type: 'boolean', default: false, describe: 'Apply unsafe fixes too (review them: they change values)' })
          .option('fix-dry-run', { alias: 'diff', type: 'boolean', default: false, describe: 'Write nothing; print the fixes as a unified diff that git apply accepts (the report goes to stderr)' })
          .option('backup', { type: 'boolean', default: false, describe: 'With --fix: keep each original as <file>.orig' })
          .option('max-file-size', { type: 'number', requiresArg: true, defaultDescription: `${DEFAULT_MAX_FILE_SIZE} (1 MiB)`, describe: 'Do not read profile files larger than this many bytes (an io finding instead)' })
          .option('node', { type: 'string', requiresArg: true, describe: 'Check the given files for this VCS node (needs --inventory or --main-cf)' })
          // Baseline options (src/baseline/).
          .option('baseline', { type: 'string', requiresArg: true, describe: 'Findings recorded in this baseline file do not fail the run; new ones do' })
          .option('update-baseline', { type: 'boolean', default: false, describe: 'Write the findings of this run to the --baseline file (creating it)' })
          .option('prune-baseline', { type: 'boolean', default: false, describe: 'Remove from the --baseline file the findings that no longer occur' })
          .option('config', CONFIG_OPTION),
      (args) => {
        invocation = {
          command: 'check',
          options: {
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
            ...(args.color !== undefined ? { color: args.color } : {}),
          },
        };
      },
    )
    .command(
      'rules [id]',
      'List the rules, or show the documentation of one',
      (y) => y.positional('id', { type: 'string', describe: 'A rule id, e.g. adapter-format' }),
      (args) => {
        invocation = args.id === undefined ? { command: 'rules' } : { command: 'rules', id: fromToken(args.id) };
      },
    )
    .command(
      'generate',
      'Build a profile file from saved lssyscfg -r lpar and -r prof output, as the VCS procedure does by hand',
      (y) =>
        y
          .option('lpar', { type: 'string', demandOption: true, requiresArg: true, describe: `Saved lssyscfg -r lpar output, or ${STDIN_ARGUMENT}` })
          .option('prof', { type: 'string', demandOption: true, requiresArg: true, describe: `Saved lssyscfg -r prof output, or ${STDIN_ARGUMENT}` })
          .option('lpar-name', { type: 'string', requiresArg: true, describe: 'The partition, when the lpar output lists several' })
          .option('profile-name', { type: 'string', requiresArg: true, describe: 'The profile, when the prof output holds several of the partition' })
          .option('output-file', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the profile file here instead of standard output' })
          .option('force', { type: 'boolean', default: false, describe: 'Write even when the check finds errors, and replace an existing file' })
          .option('node', { type: 'string', requiresArg: true, describe: 'Check the result for this VCS node (needs --inventory or --main-cf)' })
          .option('inventory', { type: 'string', requiresArg: true, describe: 'Physical servers and VIO servers, as for check (repeatable)' })
          .option('main-cf', { type: 'string', requiresArg: true, describe: 'VCS main.cf: the node\'s physical server, LPARName and VIOSName' })
          .option('config', CONFIG_OPTION)
          .epilog(`Capture the two inputs from a cluster node (on the HMC itself, run the quoted commands):\n\n${CONTINUED_CAPTURE_COMMANDS.map((c) => `  ${c}`).join('\n')}`),
      (args) => {
        invocation = {
          command: 'generate',
          options: {
            lpar: fromToken(args.lpar),
            prof: fromToken(args.prof),
            force: args.force,
            inventory: toList(args.inventory).map(fromToken),
            ...configChoice(args.config),
            ...(args.lparName !== undefined ? { lparName: fromToken(args.lparName) } : {}),
            ...(args.profileName !== undefined ? { profileName: fromToken(args.profileName) } : {}),
            ...(args.outputFile !== undefined ? { outputFile: fromToken(args.outputFile) } : {}),
            ...(args.node !== undefined ? { node: fromToken(args.node) } : {}),
            ...(args.mainCf !== undefined ? { mainCf: fromToken(args.mainCf) } : {}),
          },
        };
      },
    )
    .command(
      'diagnose <logs..>',
      'Explain failed operations in VCS LPAR agent logs (LPAR_A.log) with the profile file at fault and its fix',
      (y) =>
        y
          .positional('logs', { type: 'string', array: true, demandOption: true, describe: 'VCS agent logs, e.g. /var/VRTSvcs/log/LPAR_A.log LPAR_B.log' })
          .option('main-cf', { type: 'string', requiresArg: true, describe: 'VCS main.cf: each failure\'s resource, its ProfileFile for the node, and the node\'s context' })
          .option('inventory', { type: 'string', requiresArg: true, describe: 'Physical servers and VIO servers, as for check (repeatable)' })
          .option('path-map', { type: 'string', requiresArg: true, describe: 'Read ProfileFile paths under FROM from TO: FROM=TO (repeatable)' })
          .option('profile', { type: 'string', requiresArg: true, describe: 'Check this profile file for every failure, instead of main.cf\'s ProfileFile' })
          .option('node', { type: 'string', requiresArg: true, describe: 'The node whose log it is, for messages that do not name their node' })
          .option('resource', { type: 'string', requiresArg: true, describe: 'Only messages of this resource (of any agent type)' })
          .option('since', { type: 'string', requiresArg: true, describe: 'Only messages at or after this time: YYYY/MM/DD HH:MM:SS, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]' })
          .option('until', { type: 'string', requiresArg: true, describe: 'Only messages at or before this time (a date alone: to its end)' })
          .option('patterns', { type: 'string', requiresArg: true, describe: 'Add the log patterns of this file to the catalog (repeatable)' })
          .option('rule', { type: 'string', requiresArg: true, describe: 'Set a rule\'s severity: id=off|info|warning|error (repeatable)' })
          .option('format', FORMAT_OPTION)
          .option('output-file', OUTPUT_FILE_OPTION)
          .option('progress', PROGRESS_OPTION)
          .option('color', { type: 'boolean', describe: 'Force colours on (--color) or off (--no-color)' })
          .option('config', CONFIG_OPTION)
          .example('$0 diagnose /var/VRTSvcs/log/LPAR_A.log --main-cf /etc/VRTSvcs/conf/config/main.cf --inventory inventory.yaml', 'On a cluster node: why did an LPAR resource fail?'),
      (args) => {
        invocation = {
          command: 'diagnose',
          options: {
            logs: args.logs.map(fromToken),
            ...configChoice(args.config),
            inventory: toList(args.inventory).map(fromToken),
            pathMap: toList(args.pathMap).map(fromToken),
            patterns: toList(args.patterns).map(fromToken),
            rules: toList(args.rule).map(fromToken),
            formats: toList(args.format).map(fromToken),
            progress: args.progress,
            ...(args.mainCf !== undefined ? { mainCf: fromToken(args.mainCf) } : {}),
            ...(args.profile !== undefined ? { profile: fromToken(args.profile) } : {}),
            ...(args.node !== undefined ? { node: fromToken(args.node) } : {}),
            ...(args.resource !== undefined ? { resource: fromToken(args.resource) } : {}),
            ...(args.since !== undefined ? { since: fromToken(args.since) } : {}),
            ...(args.until !== undefined ? { until: fromToken(args.until) } : {}),
            ...(args.outputFile !== undefined ? { outputFile: fromToken(args.outputFile) } : {}),
            ...(args.color !== undefined ? { color: args.color } : {}),
          },
        };
      },
    )
    .command(
      'print-config <file>',
      'Print the configuration that check uses for a file, as JSON: config file, rule severities and options, cluster inputs',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'A profile file path (it need not exist)' })
          .option('rule', { type: 'string', requiresArg: true, describe: 'Set a rule\'s severity: id=off|info|warning|error (repeatable)' })
          .option('config', CONFIG_OPTION),
      (args) => {
        invocation = {
          command: 'print-config',
          options: { file: fromToken(args.file), rules: toList(args.rule).map(fromToken), ...configChoice(args.config) },
        };
      },
    )
    // Global: every command may meet an internal error.
    .option('debug', { type: 'boolean', default: false, describe: 'On an internal error, print its stack trace too' })
    .demandCommand(1, 'give a command: check, diagnose, generate, rules or print-config')
    .example('$0 check lpar05.cfg', 'Check one profile file')
    .example('$0 check -f json -o report.json /configfile', 'Check a directory, write a JSON report')
    .example(`$0 check ${STDIN_ARGUMENT} < lpar05.cfg`, 'Check standard input')
    .example('$0 check --main-cf main.cf --inventory inventory.yaml --path-map /configfile=./configs', 'Audit every LPAR resource of a cluster, each node\'s file read from ./configs')
    .example('$0 check --node lpar201 --inventory inventory.yaml lpar05_on_physical_server_02.cfg', 'Check one file for one node')
    .version(version)
    .help()
    .alias('help', 'h')
    .parseAsync(
      argv.map((arg) => (arg === STDIN_ARGUMENT ? DASH_TOKEN : arg)),
      {},
      (_error, _args, output) => {
        printed = output;
      },
    );
  return { invocation: invocation ?? { command: 'print', text: printed }, debug: parsed.debug };
}

/** `--config FILE`, shared by the commands that read a config file; yargs reads `--no-config` as `config: false`. */
const CONFIG_OPTION = {
  type: 'string',
  requiresArg: true,
  describe: 'Use this config file (JSON or YAML) instead of searching upward for one; --no-config: use none',
} as const;

/** The `--config` option as the commands take it: a file, none at all (`--no-config`), or search (absent). */
function configChoice(value: string | false | undefined): { config: string } | { noConfig: true } | Record<string, never> {
  if (value === false) return { noConfig: true };
  return value === undefined ? {} : { config: fromToken(value) };
}

/** yargs gives a repeated string option as an array and a single one as a string. */
function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
