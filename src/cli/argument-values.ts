import { STDIN_ARGUMENT } from '../read/discover.js';

// From the arguments as the parser sees them to the values the commands take.

/**
 * yargs-parser silently drops a lone `-` (it takes it for an empty group of short options), so
 * `-` is swapped for this token before parsing and back after. NUL cannot occur in a path.
 */
export const DASH_TOKEN = '\u0000-';

/** The arguments to give the parser: each lone `-` as DASH_TOKEN. */
export function toParserArguments(argv: readonly string[]): string[] {
  return argv.map((arg) => (arg === STDIN_ARGUMENT ? DASH_TOKEN : arg));
}

export const fromToken = (value: string): string => (value === DASH_TOKEN ? STDIN_ARGUMENT : value);

/** The `--config` option as the commands take it: a file, none at all (`--no-config`), or search (absent). */
export function configChoice(value: string | false | undefined): { config: string } | { noConfig: true } | Record<string, never> {
  if (value === false) return { noConfig: true };
  return value === undefined ? {} : { config: fromToken(value) };
}

/** yargs gives a repeated string option as an array and a single one as a string. */
export function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
