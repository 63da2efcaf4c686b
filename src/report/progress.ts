import { DEFAULT_FORMAT } from './formatters/index.js';

/** Runs over more files than this show a progress bar; shorter ones end before a bar would help. */
export const PROGRESS_FILE_THRESHOLD = 200;
/** Logs larger than this many bytes in all (100 MB) show a progress bar while `diagnose` reads them. */
export const PROGRESS_BYTE_THRESHOLD = 100_000_000;
/** At most ~10 redraws a second: more costs time on a slow terminal and cannot be read anyway. */
export const REDRAW_INTERVAL_MS = 100;

const BAR_WIDTH = 20;
/** Clears the rest of the line after `\r`, so the next output starts on a clean line. */
const CLEAR_LINE = '\r\u001b[K';

/** Where the bar is drawn: standard error in the CLI, a fake terminal in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Milliseconds from any fixed point; `Date.now` in the CLI, a fake in tests. */
export type Clock = () => number;

/** What is counted: files one by one, or log bytes shown in MB (10^6 bytes, as the benchmark counts). */
export type ProgressUnit = 'files' | 'bytes';

export interface ProgressConditions {
  readonly stream: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--progress` (default) or `--no-progress`. */
  readonly enabled: boolean;
  /** Files or bytes the run will go through. */
  readonly total: number;
  readonly unit: ProgressUnit;
  /** The formats of the reports that go to standard output (none when all go to files). */
  readonly stdoutFormats: readonly string[];
}

/**
 * Whether a run shows a bar: only for a person watching. The bar goes to standard error, which in a
 * terminal is the same screen as standard output, so a machine-readable report on standard output
 * (any format but the default one) turns it off too: its user pipes or captures it, not watches it.
 */
export function wantsProgress(conditions: ProgressConditions): boolean {
  const { stream, env, enabled, total, unit, stdoutFormats } = conditions;
  const threshold = unit === 'files' ? PROGRESS_FILE_THRESHOLD : PROGRESS_BYTE_THRESHOLD;
  return (
    enabled &&
    stream.isTTY === true &&
    env.CI !== 'true' &&
    total > threshold &&
    stdoutFormats.every((format) => format === DEFAULT_FORMAT)
  );
}

/**
 * A one-line progress bar redrawn in place with `\r`: count, rate and time left. Fed with the
 * number done so far; draws at most every REDRAW_INTERVAL_MS, and clears its line on finish().
 */
export class ProgressBar {
  private readonly start: number;
  private lastDraw: number;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly unit: ProgressUnit,
    private readonly clock: Clock = Date.now,
  ) {
    this.start = clock();
    // The first draw waits one interval too, so a run that ends at once never flashes a bar.
    this.lastDraw = this.start;
  }

  update(done: number): void {
    const now = this.clock();
    if (now - this.lastDraw < REDRAW_INTERVAL_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r${this.render(done, now)}`);
  }

  /** Clears the bar's line, so what is written next (the report, a message) starts clean. */
  finish(): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }

  private render(done: number, now: number): string {
    const fraction = this.total > 0 ? Math.min(done / this.total, 1) : 1;
    const filled = Math.round(fraction * BAR_WIDTH);
    const seconds = (now - this.start) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? formatDuration((this.total - done) / rate) : '--:--';
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
    return this.unit === 'files'
      ? `${bar} ${done}/${this.total} files  ${Math.round(rate)} files/s  ${left} left`
      : `${bar} ${megabytes(done)}/${megabytes(this.total)} MB  ${megabytes(rate)} MB/s  ${left} left`;
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1_000_000);
}

/** `m:ss`, or `h:mm:ss` from an hour on. */
function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const s = String(whole % 60).padStart(2, '0');
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}:${s}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${s}`;
}
