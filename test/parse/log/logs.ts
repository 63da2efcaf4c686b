import { fileURLToPath } from 'node:url';
import type { LogEntry } from '../../../src/diagnose/model.js';

/** The absolute path of a file in fixtures/logs/. */
export function logFixture(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/logs/${name}`, import.meta.url));
}

/** The entries of the reader's batches, one after the other. */
export async function collect(batches: AsyncIterable<readonly LogEntry[]>): Promise<LogEntry[]> {
  const out: LogEntry[] = [];
  for await (const batch of batches) out.push(...batch);
  return out;
}

/** An entry in one line: `path:line time resource text` for a record, `path:line unparsed text` otherwise. */
export function show(entry: LogEntry): string {
  if (entry.kind === 'counted') return `${entry.records} counted`;
  if (entry.kind === 'unparsed') return `${entry.line.path}:${entry.line.line} unparsed ${JSON.stringify(entry.line.text)}`;
  const { lines, time, resource, text } = entry.record;
  const first = lines[0];
  return `${first?.path}:${first?.line} ${time} ${resource ?? '-'} ${JSON.stringify(text)}`;
}

/** Lines given to the reader as a source of its own. */
export async function* linesOf(...lines: string[]): AsyncGenerator<string> {
  yield* lines;
}
