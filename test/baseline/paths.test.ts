import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaselinePaths } from '../../src/baseline/paths.js';

const cwd = join('/', 'repo');

describe('BaselinePaths', () => {
  it('names files relative to the baseline file\'s folder, with /', () => {
    const paths = new BaselinePaths(cwd, 'ci/lparlint-baseline.json');
    expect(paths.entry('configs/lpar05.cfg')).toBe('../configs/lpar05.cfg');
    expect(paths.entry('ci/local/lpar05.cfg')).toBe('local/lpar05.cfg');
    expect(paths.entry(join('/', 'etc', 'lpar05.cfg'))).toBe('../../etc/lpar05.cfg');
  });

  it('gives the same name from any working directory', () => {
    const fromRoot = new BaselinePaths(cwd, 'ci/b.json');
    const fromCi = new BaselinePaths(join(cwd, 'ci'), 'b.json');
    expect(fromCi.entry('../configs/a.cfg')).toBe(fromRoot.entry('configs/a.cfg'));
  });

  it('shows an entry as reports show files, relative to the working directory', () => {
    const paths = new BaselinePaths(cwd, 'ci/b.json');
    expect(paths.shown('../configs/a.cfg')).toBe('configs/a.cfg');
    expect(paths.absolute('../configs/a.cfg')).toBe(join(cwd, 'configs', 'a.cfg'));
  });
});
