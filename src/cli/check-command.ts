import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ALL_RULES } from '../../rules/index.js';
import type { SeveritySetting } from '../core/diagnostic.js';
import { lintProfile, type FileResult } from '../lint/lint-profile.js';
import { discoverTargets, STDIN_ARGUMENT, type Target } from '../read/discover.js';
import { InputError } from '../read/input-error.js';
import { ioFailureResult } from '../read/io-result.js';
import { loadTarget, type InputStream } from '../read/load.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { plural } from '../report/plural.js';
import { createReport } from '../report/report.js';
import { useColor } from './color.js';
import type { CliIo } from './io.js';
import { parseRuleSettings } from './rule-settings.js';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly pattern: string;
  readonly stdinFilename?: string;
  /** Raw `--rule id=severity` values. */
  readonly rules: readonly string[];
  readonly format: string;
  readonly outputFile?: string;
  readonly quiet: boolean;
  readonly maxWarnings?: number;
  /** `--color` / `--no-color`; undefined when neither was given. */
  readonly color?: boolean;
}

/** `lparlint check`: lint every target, print or write the report, and return the exit code. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const formatter = FORMATTERS.get(options.format);
  if (!formatter) {
    throw new InputError(`--format ${options.format}: there is no such format; use one of: ${[...FORMATTERS.keys()].join(', ')}`);
  }
  const { maxWarnings } = options;
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new InputError('--max-warnings needs a whole number of 0 or more, e.g. --max-warnings 0');
  }
  if (options.stdinFilename !== undefined && !options.paths.includes(STDIN_ARGUMENT)) {
    throw new InputError(`--stdin-filename names standard input: give "${STDIN_ARGUMENT}" among the paths to read it`);
  }
  const severities = parseRuleSettings(options.rules, ALL_RULES);
  const targets = await discoverTargets(options.paths, {
    cwd: io.cwd,
    pattern: options.pattern,
    ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
  });

  const results: FileResult[] = [];
  for (const target of targets) results.push(await checkTarget(target, severities, io.stdin));
  const report = createReport(results, { errorsOnly: options.quiet });

  if (options.outputFile === undefined) {
    io.stdout.write(formatter(report, { color: useColor(options.color, io.env, io.stdout.isTTY ?? false) }));
  } else {
    await writeReport(options.outputFile, resolve(io.cwd, options.outputFile), formatter(report, { color: false }));
  }
  const tooManyWarnings = maxWarnings !== undefined && report.summary.warnings > maxWarnings;
  if (tooManyWarnings) {
    // On stderr, so a JSON report on stdout stays parseable.
    io.stderr.write(`lparlint: ${plural(report.summary.warnings, 'warning')} found; --max-warnings allows at most ${maxWarnings}.\n`);
  }
  // Exit code 2 (usage, input) is thrown as InputError where the problem is met.
  return report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

async function checkTarget(target: Target, severities: ReadonlyMap<string, SeveritySetting>, stdin: InputStream): Promise<FileResult> {
  let text: string;
  try {
    text = await loadTarget(target, stdin);
  } catch (error) {
    return ioFailureResult(target, error);
  }
  try {
    return lintProfile(text, { path: target.path, rules: ALL_RULES, severities });
  } catch (error) {
    // A bug in a rule: say which file triggered it, so the report to the maintainers is useful.
    throw new Error(`while checking ${target.path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function writeReport(given: string, absolute: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  } catch (error) {
    throw new InputError(`--output-file ${given}: cannot write the report: ${(error as Error).message}`);
  }
}
