import yargs from 'yargs';
import { CONTINUED_CAPTURE_COMMANDS } from '../generate/capture-commands.js';
import { STDIN_ARGUMENT } from '../read/discover.js';
import { InputError } from '../read/input-error.js';
import { configChoice, DASH_TOKEN, fromToken, toList, toParserArguments } from './argument-values.js';
import type { CheckOptions } from './check-command.js';
import { CHECK_OPTIONS, CHECK_PATHS, checkOptions } from './check-options.js';
import type { DiagnoseOptions } from './diagnose-command.js';
import type { GenerateOptions } from './generate-command.js';
import type { PrintConfigOptions } from './print-config-command.js';
import { CONFIG_OPTION, DEBUG_OPTION, FORMAT_OPTION, OUTPUT_FILE_OPTION, PROGRESS_OPTION } from './shared-options.js';

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

/** Help text is wrapped at a fixed width, so it reads the same in every terminal and test. */
const HELP_WIDTH = 100;

/**
 * Parses the arguments with yargs (strict: unknown commands and options are errors) and says
 * what to run; it runs nothing itself, so yargs never exits the process or prints.
 * Throws InputError for a bad command line.
 */
export async function parseCommandLine(argv: readonly string[], version: string): Promise<ParsedCommandLine> {
  let printed = '';
  try {
    const parsed = await commandLine(version).parseAsync(
      toParserArguments(argv),
      {},
      (_error, _args, output) => {
        printed = output;
      },
    );
    // No handler ran: yargs printed the help or the version.
    return { invocation: { command: 'print', text: printed }, debug: parsed.debug };
  } catch (thrown) {
    if (thrown instanceof CommandChosen) return thrown.parsed;
    throw thrown;
  }
}

/** lparlint's commands and their options, for yargs. */
function commandLine(version: string) {
  return yargs()
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
      (y) => y.positional('paths', CHECK_PATHS).options(CHECK_OPTIONS),
      (args) => chosen(args, { command: 'check', options: checkOptions(args) }),
    )
    .command(
      'rules [id]',
      'List the rules, or show the documentation of one',
      (y) => y.positional('id', { type: 'string', describe: 'A rule id, e.g. adapter-format' }),
      (args) => chosen(args, args.id === undefined ? { command: 'rules' } : { command: 'rules', id: fromToken(args.id) }),
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
      (args) =>
        chosen(args, {
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
        }),
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
      (args) =>
        chosen(args, {
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
        }),
    )
    .command(
      'print-config <file>',
      'Print the configuration that check uses for a file, as JSON: config file, rule severities and options, cluster inputs',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'A profile file path (it need not exist)' })
          .option('rule', { type: 'string', requiresArg: true, describe: 'Set a rule\'s severity: id=off|info|warning|error (repeatable)' })
          .option('config', CONFIG_OPTION),
      (args) =>
        chosen(args, {
          command: 'print-config',
          options: { file: fromToken(args.file), rules: toList(args.rule).map(fromToken), ...configChoice(args.config) },
        }),
    )
    // Global: every command may meet an internal error.
    .option('debug', DEBUG_OPTION)
    .demandCommand(1, 'give a command: check, diagnose, generate, rules or print-config')
    .example('$0 check lpar05.cfg', 'Check one profile file')
    .example('$0 check -f json -o report.json /configfile', 'Check a directory, write a JSON report')
    .example(`$0 check ${STDIN_ARGUMENT} < lpar05.cfg`, 'Check standard input')
    .example('$0 check --main-cf main.cf --inventory inventory.yaml --path-map /configfile=./configs', 'Audit every LPAR resource of a cluster, each node\'s file read from ./configs')
    .example('$0 check --node lpar201 --inventory inventory.yaml lpar05_on_physical_server_02.cfg', 'Check one file for one node')
    .version(version)
    .help()
    .alias('help', 'h');
}

/**
 * How a command's handler hands its invocation back. When a handler returns, yargs renders the
 * command's whole help text and keeps it for a later failure (usage.cacheHelpMessage): some 20 ms
 * of measuring strings per run, for a text never shown. A throw leaves the handler before that.
 */
class CommandChosen {
  constructor(readonly parsed: ParsedCommandLine) {}
}

/** `args` holds the global `--debug`, which yargs' types do not see inside a command's handler. */
function chosen(args: Readonly<Record<string, unknown>>, invocation: Invocation): never {
  throw new CommandChosen({ invocation, debug: args.debug === true });
}
