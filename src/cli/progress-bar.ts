import { ProgressBar, wantsProgress, type ProgressUnit } from '../report/progress.js';
import type { CliIo } from './io.js';
import type { OutputSpec } from './output-specs.js';

/**
 * The bar of `check` or `diagnose` over `total` files or bytes on standard error, when a person
 * watches it (wantsProgress: `enabled` is `--progress`, and a machine format on standard output
 * among `outputs` turns it off); else undefined.
 */
export function progressBar(io: Pick<CliIo, 'stderr' | 'env'>, enabled: boolean, outputs: readonly OutputSpec[], total: number, unit: ProgressUnit): ProgressBar | undefined {
  const stdoutFormats = outputs.filter((o) => o.file === undefined).map((o) => o.format);
  return wantsProgress({ stream: io.stderr, env: io.env, enabled, total, unit, stdoutFormats }) ? new ProgressBar(io.stderr, total, unit) : undefined;
}
