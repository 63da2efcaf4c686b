import { normalize } from 'node:path';
import { InputError } from '../read/input-error.js';
import { DEFAULT_FORMAT } from '../report/formatters/index.js';

/** One report to write: a format, and the file it goes to (standard output without one). */
export interface OutputSpec {
  readonly format: string;
  /** The file as the user gave it, relative to the working directory; standard output when absent. */
  readonly file?: string;
  /** The option that asked for it, as given (`--format sarif:results.sarif`), for messages. */
  readonly option: string;
}

export interface OutputRequest {
  /** `--format` values, each `NAME` or `NAME:FILE`, in the order given. */
  readonly formats: readonly string[];
  /** `--output-file`: where the one format given without a file goes. */
  readonly outputFile?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Reads repeatable `--format NAME[:FILE]` (with `--output-file` for the format without a file) into
 * the reports to write, so one CI step writes them all: `--format stylish --format
 * sarif:results.sarif --format junit:junit.xml`. At most one format goes to standard output. With
 * no `--format` the default format is written; in GitHub Actions (GITHUB_ACTIONS=true) the `github`
 * annotations are written after it to standard output, since GitHub shows only a few annotations
 * per step and the rest are found in the full report. Throws InputError for a bad request.
 */
export function parseOutputSpecs(request: OutputRequest, names: readonly string[]): OutputSpec[] {
  const { outputFile } = request;
  const toFile = (spec: OutputSpec): OutputSpec => (outputFile === undefined ? spec : { ...spec, file: outputFile, option: `--output-file ${outputFile}` });
  if (request.formats.length === 0) {
    const specs = [toFile({ format: DEFAULT_FORMAT, option: `--format ${DEFAULT_FORMAT}` })];
    if (request.env.GITHUB_ACTIONS === 'true') specs.push({ format: 'github', option: 'GITHUB_ACTIONS=true' });
    return specs;
  }
  const specs = request.formats.map((given) => formatSpec(given, names));
  const toStdout = specs.filter((s) => s.file === undefined);
  if (toStdout.length > 1) {
    throw new InputError(`${toStdout.map((s) => s.option).join(' and ')} would all write to standard output; give all but one a file: --format NAME:FILE`);
  }
  if (outputFile !== undefined && toStdout.length === 0) {
    throw new InputError(`--output-file ${outputFile}: every --format names its own file (NAME:FILE), so no report is left to write there`);
  }
  const resolved = specs.map((s) => (s.file === undefined ? toFile(s) : s));
  const byFile = new Map<string, OutputSpec>();
  for (const spec of resolved) {
    if (spec.file === undefined) continue;
    const other = byFile.get(normalize(spec.file));
    if (other) throw new InputError(`${spec.option}: ${other.option} writes to ${spec.file} already; give each report a file of its own`);
    byFile.set(normalize(spec.file), spec);
  }
  return resolved;
}

/** `NAME` or `NAME:FILE`; the name is the part before the first colon, so a Windows path (`C:\\…`) stays whole. */
function formatSpec(given: string, names: readonly string[]): OutputSpec {
  const option = `--format ${given}`;
  const colon = given.indexOf(':');
  const format = colon < 0 ? given : given.slice(0, colon);
  if (!names.includes(format)) {
    throw new InputError(`${option}: there is no such format; use one of: ${names.join(', ')} (NAME or NAME:FILE)`);
  }
  if (colon < 0) return { format, option };
  const file = given.slice(colon + 1);
  if (file === '') throw new InputError(`${option}: give the file after the colon, e.g. --format ${format}:lparlint-report`);
  return { format, file, option };
}
