import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPatternCatalog } from '../../src/diagnose/patterns/index.js';
import { parseLogLine, readLogEntries } from '../../src/parse/log/index.js';
import { countInputs, NUM_RUNS } from './runs.js';

const inputs = countInputs('log lines');

/** Lines that look like VCS messages, and pieces that make regexes backtrack: repeats, colons, parens. */
const logLine = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc
    .array(fc.constantFrom('2024/01/02 03:04:05 ', 'VCS ', 'ERROR ', 'V-16-2-13066 ', 'Thread(4) ', '(sys1) ', 'LPAR:', 'lpar05:', 'online:', ' ', ':', '(', ')', 'a', '1', '\r', '\uFEFF'), { maxLength: 30 })
    .map((parts) => parts.join('')),
);

async function* linesOf(lines: readonly string[]): AsyncGenerator<string> {
  yield* lines;
}

/** Median of a few timings of matching `text` with `regex`, in ms. */
function time(regex: RegExp, text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    regex.exec(text);
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

describe('log lines', () => {
  it('parseLogLine never throws on any string', () => {
    fc.assert(fc.property(logLine, (line) => void parseLogLine(line)), { numRuns: inputs.add(NUM_RUNS) });
  });

  it('readLogEntries never throws and keeps every line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(logLine, { maxLength: 20 }), async (lines) => {
        let count = 0;
        for await (const batch of readLogEntries(linesOf(lines), 'engine_A.log')) {
          for (const entry of batch) count += entry.kind === 'record' ? entry.record.lines.length : 1;
        }
        expect(count).toBe(lines.length);
      }),
      { numRuns: inputs.add(NUM_RUNS / 3) },
    );
  });

  it('every built-in catalog pattern matches in time linear in the line length', () => {
    const { catalog } = loadPatternCatalog([]);
    expect(catalog.length).toBeGreaterThan(0);
    // Adversarial lines: a valid header, then one character repeated (runs that quantifiers fight over).
    const header = '2024/01/02 03:04:05 VCS ERROR V-16-2-13066 Thread(4) LPAR:lpar05:online: ';
    for (const { pattern, regex } of catalog) {
      for (const filler of ['a', ' ', ':', '0', '(']) {
        const short = time(regex, header + filler.repeat(10_000));
        const long = time(regex, header + filler.repeat(100_000));
        inputs.add(2);
        // Linear: 10 times the length takes about 10 times as long; quadratic would be 100 times.
        expect(long, `${pattern.id} on '${filler}'`).toBeLessThan(Math.max(short, 0.05) * 40 + 5);
      }
    }
  });
});
