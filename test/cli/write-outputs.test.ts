import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputSpec } from '../../src/cli/output-specs.js';
import { writeOutputs, type FormatLoader } from '../../src/cli/write-outputs.js';

/** A format that shows what it was given: the report and whether it may colour. */
const FORMATS = new Map<string, FormatLoader<string>>([
  ['plain', async () => (report, { color }) => `plain ${report} color=${color}\n`],
  ['other', async () => (report, { color }) => `other ${report} color=${color}\n`],
]);

function terminal(isTTY: boolean): { written: string[]; stream: { write: (t: string) => void; isTTY: boolean } } {
  const written: string[] = [];
  return { written, stream: { write: (t: string) => void written.push(t), isTTY } };
}

describe('writeOutputs', () => {
  it('writes standard output first, colours only there, and each file without colours, creating folders', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'lparlint-outputs-'));
    const out = terminal(true);
    const specs: OutputSpec[] = [
      { format: 'other', file: 'reports/a/other.txt', option: '--format other:reports/a/other.txt' },
      { format: 'plain', option: '--format plain' },
    ];
    await writeOutputs('R', specs, FORMATS, { cwd, env: {}, stdout: out.stream });
    expect(out.written).toEqual(['plain R color=true\n']);
    expect(readFileSync(join(cwd, 'reports/a/other.txt'), 'utf8')).toBe('other R color=false\n');
  });

  it('follows NO_COLOR and --no-color on a terminal', async () => {
    for (const [env, color] of [[{ NO_COLOR: '1' }, undefined], [{}, false]] as const) {
      const out = terminal(true);
      await writeOutputs('R', [{ format: 'plain', option: '--format plain' }], FORMATS, { cwd: tmpdir(), env, stdout: out.stream, ...(color !== undefined ? { color } : {}) });
      expect(out.written).toEqual(['plain R color=false\n']);
    }
  });

  it('names the option of a file it cannot write', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'lparlint-outputs-'));
    writeFileSync(join(cwd, 'taken'), '');
    const write = writeOutputs('R', [{ format: 'other', file: 'taken/r.txt', option: '--format other:taken/r.txt' }], FORMATS, { cwd, env: {}, stdout: terminal(false).stream });
    await expect(write).rejects.toThrow(/^--format other:taken\/r\.txt: cannot write the report: /);
  });
});
