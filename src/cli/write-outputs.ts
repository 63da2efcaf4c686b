import type { FormatContext } from '../report/formatter.js';
import { useColor } from './color.js';
import type { OutputStream } from './io.js';
import type { OutputSpec } from './output-specs.js';
import { writeReport } from './write-report.js';

/** A format of `check` (over a Report) or of `diagnose` (over a DiagnoseReport), loaded when chosen. */
export type FormatLoader<R> = () => Promise<(report: R, context: FormatContext) => string>;

export interface OutputTarget {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where the report without a file goes: standard output, or standard error when a diff owns standard output. */
  readonly stdout: OutputStream;
  /** `--color` / `--no-color`; undefined when neither was given. */
  readonly color?: boolean;
}

/**
 * Renders the report in each format asked for and writes it: first what goes to the terminal, then
 * the files (creating their folders). Only the terminal may get colours, and only the formats that
 * use them (stylish); files never do. A file that cannot be written is an InputError (exit 2).
 */
export async function writeOutputs<R>(report: R, specs: readonly OutputSpec[], formats: ReadonlyMap<string, FormatLoader<R>>, target: OutputTarget): Promise<void> {
  const ordered = [...specs.filter((s) => s.file === undefined), ...specs.filter((s) => s.file !== undefined)];
  for (const spec of ordered) {
    const render = await formats.get(spec.format)!();
    if (spec.file === undefined) {
      target.stdout.write(render(report, { color: useColor(target.color, target.env, target.stdout.isTTY ?? false) }));
    } else {
      await writeReport(spec.file, target.cwd, render(report, { color: false }), spec.option);
    }
  }
}
