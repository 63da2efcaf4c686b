import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATTERN, discoverTargets, type Target } from '../../src/read/discover.js';
import { InputError } from '../../src/read/input-error.js';
import { tempTree } from './temp-tree.js';

const describeTargets = (targets: Target[]): string[] => targets.map((t) => `${t.kind} ${t.path}`);

describe('discoverTargets', () => {
  it('walks directories recursively, sorted, picking files by the default pattern', async () => {
    const cwd = await tempTree({
      'profiles/b.cfg': 'x',
      'profiles/a.cfg': 'x',
      'profiles/notes.txt': 'x',
      'profiles/node2/lpar05.cfg': 'x',
      'profiles/node2/deeper/lpar06.cfg': 'x',
      'profiles/.hidden/lpar07.cfg': 'x',
    });
    const targets = await discoverTargets(['profiles'], { cwd, pattern: DEFAULT_PATTERN });
    expect(describeTargets(targets)).toEqual([
      'file profiles/a.cfg',
      'file profiles/b.cfg',
      'file profiles/node2/deeper/lpar06.cfg',
      'file profiles/node2/lpar05.cfg',
    ]);
  });

  it('shows paths as the working directory sees them, also when the walk starts above it', async () => {
    const root = await tempTree({ 'top.cfg': 'x', 'work/a.cfg': 'x', 'work/sub/b.cfg': 'x' });
    const cwd = join(root, 'work');
    const targets = await discoverTargets(['..'], { cwd, pattern: DEFAULT_PATTERN });
    expect(describeTargets(targets)).toEqual([`file ${join(root, 'top.cfg').split(sep).join('/')}`, 'file a.cfg', 'file sub/b.cfg']);
    expect(targets.map((t) => (t.kind === 'file' ? t.absolute : ''))).toEqual([join(root, 'top.cfg'), join(cwd, 'a.cfg'), join(cwd, 'sub', 'b.cfg')]);
  });

  it('matches the pattern against the path below the directory given', async () => {
    const cwd = await tempTree({ 'p/top.cfg': 'x', 'p/node2/lpar05.cfg': 'x', 'p/node2/lpar05.prof': 'x' });
    const targets = await discoverTargets(['p'], { cwd, pattern: 'node2/*' });
    expect(describeTargets(targets)).toEqual(['file p/node2/lpar05.cfg', 'file p/node2/lpar05.prof']);
  });

  it('takes a file named on the command line whatever its name, and lists each file once', async () => {
    const cwd = await tempTree({ 'p/lpar05.cfg': 'x', 'lpar05.profile': 'x' });
    const targets = await discoverTargets(['./lpar05.profile', 'p', 'p/lpar05.cfg', join(cwd, 'lpar05.profile')], {
      cwd,
      pattern: DEFAULT_PATTERN,
    });
    expect(describeTargets(targets)).toEqual(['file lpar05.profile', 'file p/lpar05.cfg']);
  });

  it('reads - as standard input, under the name given or <stdin>', async () => {
    const cwd = await tempTree({ 'a.cfg': 'x' });
    expect(describeTargets(await discoverTargets(['a.cfg', '-'], { cwd, pattern: DEFAULT_PATTERN }))).toEqual([
      'file a.cfg',
      'stdin <stdin>',
    ]);
    expect(describeTargets(await discoverTargets(['-', '-'], { cwd, pattern: DEFAULT_PATTERN, stdinFilename: 'lpar05.cfg' }))).toEqual([
      'stdin lpar05.cfg',
    ]);
  });

  it('rejects a path that does not exist', async () => {
    const cwd = await tempTree({ 'a.cfg': 'x' });
    const found = discoverTargets(['a.cfg', 'missing.cfg'], { cwd, pattern: DEFAULT_PATTERN });
    await expect(found).rejects.toThrow(InputError);
    await expect(found).rejects.toThrow('no such file or directory: missing.cfg');
  });

  it('rejects a directory without profile files, naming the pattern', async () => {
    const cwd = await tempTree({ 'empty/notes.txt': 'x', 'empty/sub': {} });
    await expect(discoverTargets(['empty'], { cwd, pattern: DEFAULT_PATTERN })).rejects.toThrow(
      'no profile files matching "**/*.cfg" in empty (choose others with --pattern)',
    );
  });

  it('keeps a broken symbolic link that matches, so reading it reports the link; does not follow directory links', async () => {
    const cwd = await tempTree({
      'p/a.cfg': 'x',
      'p/broken.cfg': { link: 'nowhere.cfg' },
      'p/linked.cfg': { link: 'a.cfg' },
      'p/loop': { link: '.' },
    });
    const targets = await discoverTargets(['p'], { cwd, pattern: DEFAULT_PATTERN });
    expect(describeTargets(targets)).toEqual(['file p/a.cfg', 'file p/broken.cfg', 'file p/linked.cfg']);
  });
});
