import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverTargets, DEFAULT_PATTERN } from '../../src/read/discover.js';
import { ioFailureResult } from '../../src/read/io-result.js';
import { loadTarget } from '../../src/read/load.js';
import { tempTree } from './temp-tree.js';

const noStdin = (async function* () {})();

describe('loadTarget', () => {
  it('decodes UTF-8 without failing on bad bytes, and keeps the BOM for the encoding rule', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('name=lpar05,os='), 0xff, ...Buffer.from('x\n')]);
    const cwd = await tempTree({ 'a.cfg': bytes });
    const text = await loadTarget({ kind: 'file', path: 'a.cfg', absolute: join(cwd, 'a.cfg') }, noStdin);
    expect(text).toBe('\uFEFFname=lpar05,os=\uFFFDx\n');
  });

  it('reads standard input to its end, whatever the chunks', async () => {
    const chunks = (async function* () {
      yield 'name=lp';
      yield Buffer.from('ar05,lpar_id=15\n');
    })();
    expect(await loadTarget({ kind: 'stdin', path: '<stdin>' }, chunks)).toBe('name=lpar05,lpar_id=15\n');
  });

  it('rejects for a broken link, which becomes one io error at 1:1', async () => {
    const cwd = await tempTree({ 'p/broken.cfg': { link: 'nowhere.cfg' } });
    const [target] = await discoverTargets(['p'], { cwd, pattern: DEFAULT_PATTERN });
    const error = await loadTarget(target!, noStdin).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(ioFailureResult(target!, error)).toEqual({
      path: 'p/broken.cfg',
      source: '',
      diagnostics: [
        {
          ruleId: 'io',
          severity: 'error',
          message: 'Cannot read this file: it does not exist.',
          attribute: null,
          span: { start: 0, end: 0 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          suggestion: 'If it is a symbolic link, point it at the profile file again or delete it; otherwise it was removed while lparlint ran.',
        },
      ],
    });
  });

  it('explains a permission problem with a next step', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const [d] = ioFailureResult({ kind: 'unlisted-directory', path: 'p/secret', absolute: '/x/p/secret', error: denied }, denied).diagnostics;
    expect(d?.message).toBe('Cannot read this directory: permission denied.');
    expect(d?.suggestion).toMatch(/read access to the directory/);
  });
});
