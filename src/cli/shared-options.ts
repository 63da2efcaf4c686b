import { DEFAULT_FORMAT, FORMATTERS } from '../report/formatters/index.js';

// Option definitions (as yargs takes them) that several commands share.

/** `--format NAME[:FILE]` of check and diagnose (output-specs.ts): repeatable, so no default here. */
export const FORMAT_OPTION = {
  alias: 'f',
  type: 'string',
  requiresArg: true,
  defaultDescription: `${DEFAULT_FORMAT}; in GitHub Actions also github`,
  describe: `Report format, NAME or NAME:FILE to write it to a file (repeatable): ${[...FORMATTERS.keys()].join(', ')}`,
} as const;

/** `--progress` (default) / `--no-progress` of check and diagnose (src/report/progress.ts). */
export const PROGRESS_OPTION = {
  type: 'boolean',
  default: true,
  describe: 'Show a progress bar on stderr on long runs (a terminal only, not in CI); --no-progress: never',
} as const;

export const OUTPUT_FILE_OPTION = {
  alias: 'o',
  type: 'string',
  requiresArg: true,
  describe: 'Write the report of the --format given without a file to this file instead of standard output',
} as const;

/** `--config FILE`, shared by the commands that read a config file; yargs reads `--no-config` as `config: false`. */
export const CONFIG_OPTION = {
  type: 'string',
  requiresArg: true,
  describe: 'Use this config file (JSON or YAML) instead of searching upward for one; --no-config: use none',
} as const;

/** `--debug`, global: every command may meet an internal error. */
export const DEBUG_OPTION = { type: 'boolean', default: false, describe: 'On an internal error, print its stack trace too' } as const;
