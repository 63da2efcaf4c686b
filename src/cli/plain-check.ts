import parser from 'yargs-parser';
import type { Options } from 'yargs';
import { toParserArguments } from './argument-values.js';
import { CHECK_OPTIONS, checkOptions, type CheckArguments } from './check-options.js';
import type { ParsedCommandLine } from './command-line.js';
import { DEBUG_OPTION } from './shared-options.js';

// The fast start of `lparlint check ...`, the command run on every commit: loading yargs and
// letting it parse costs more than the check of a file (yargs alone takes about as long to load as
// Node.js takes to start). yargs-parser, the parser inside yargs, reads the same option table with
// the same settings; whatever is not a plain check — help, version, an unknown option, a parse
// error, a value of an odd shape — is left to yargs (command-line.ts), which gives every message.

/** The options a check may be given: its own and the global ones. */
const OPTIONS: Readonly<Record<string, Options>> = { ...CHECK_OPTIONS, debug: DEBUG_OPTION };

/** What yargs gives yargs-parser for these options (see yargs' option()). */
const PARSER_OPTIONS = parserOptions(OPTIONS);

/** Every name a check option may be given by: its key, its aliases and their camelCase forms. */
const KNOWN_NAMES = new Set(Object.entries(OPTIONS).flatMap(([key, option]) => namesOf(key, option).flatMap((name) => [name, parser.camelCase(name)])));

/**
 * The parsed command line when `argv` is a plain `check` (the command first, known options with
 * values of their type), else undefined: yargs must parse it.
 */
export function parsePlainCheck(argv: readonly string[]): ParsedCommandLine | undefined {
  if (argv[0] !== 'check') return undefined;
  const { argv: parsed, error } = parser.detailed(toParserArguments(argv), PARSER_OPTIONS);
  if (error || parsed['--'] !== undefined) return undefined;
  const paths = parsed._.slice(1);
  if (!paths.every((path) => typeof path === 'string')) return undefined;
  if (!Object.keys(parsed).every((name) => name === '_' || KNOWN_NAMES.has(name))) return undefined;
  if (!Object.entries(OPTIONS).every(([key, option]) => parsed[key] === undefined || hasType(parsed[key], option.type))) return undefined;
  // Known names only, each value of its option's type: what yargs would give the handler.
  const args = { ...parsed, paths } as unknown as CheckArguments;
  return { invocation: { command: 'check', options: checkOptions(args) }, debug: parsed.debug === true };
}

/** Whether yargs-parser's value is of the option's type; `false` is a string option's `--no-` form. */
function hasType(value: unknown, type: Options['type']): boolean {
  if (type !== 'string') return typeof value === type;
  return typeof value === 'string' || value === false || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

function parserOptions(options: Readonly<Record<string, Options>>): parser.Options {
  const types = { string: [] as string[], boolean: [] as string[], number: [] as string[] };
  const alias: Record<string, string[]> = {};
  const defaults: Record<string, unknown> = {};
  const narg: Record<string, number> = {};
  for (const [key, option] of Object.entries(options)) {
    const names = namesOf(key, option);
    if (names.length > 1) alias[key] = names.slice(1);
    if (option.type === 'string' || option.type === 'boolean' || option.type === 'number') types[option.type].push(...names);
    if ('default' in option) defaults[key] = option.default;
    // yargs' requiresArg: one value, and an error when none follows.
    if (option.requiresArg) narg[key] = NaN;
  }
  return { ...types, alias, default: defaults, narg, configuration: { 'parse-positional-numbers': false, 'populate--': true } };
}

/** An option's names on the command line: its key, then its aliases. */
function namesOf(key: string, option: Options): string[] {
  return [key, ...(option.alias === undefined ? [] : typeof option.alias === 'string' ? [option.alias] : option.alias)];
}
