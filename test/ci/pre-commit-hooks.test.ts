import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** .pre-commit-hooks.yaml as the pre-commit framework reads it (its manifest keys). */
interface Hook {
  readonly id: string;
  readonly name: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly pass_filenames: boolean;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const hook = (id: string): Hook => hooks.find((h) => h.id === id)!;

describe('.pre-commit-hooks.yaml', () => {
  it('declares the two hooks, installed with npm, each running a command of the package bin', () => {
    expect(hooks.map((h) => h.id)).toEqual(['lparlint', 'lparlint-cluster']);
    for (const h of hooks) {
      expect(h.language, h.id).toBe('node');
      expect(h.name, h.id).not.toBe('');
      const [program, command] = h.entry.split(' ');
      expect(Object.keys(bin), h.id).toContain(program);
      expect(command, h.id).toBe('check');
    }
  });

  // pre-commit matches `files` (a Python regex) against each staged path; these are plain enough to read the same in JS.
  it('gives the file hook the staged profile files, and runs the cluster hook for profile files and main.cf', () => {
    const files = new RegExp(hook('lparlint').files);
    expect(hook('lparlint').pass_filenames).toBe(true);
    expect(['configfile/lpar05_on_physical_server_01.cfg', 'a.cfg'].filter((p) => files.test(p))).toHaveLength(2);
    expect(['main.cf', 'README.md', 'lpar05.cfg.orig'].filter((p) => files.test(p))).toEqual([]);

    const cluster = new RegExp(hook('lparlint-cluster').files);
    expect(hook('lparlint-cluster').pass_filenames).toBe(false);
    expect(['main.cf', 'cluster/main.cf', 'configfile/a.cfg'].filter((p) => cluster.test(p))).toHaveLength(3);
    expect(['domain.cf', 'README.md'].filter((p) => cluster.test(p))).toEqual([]);
  });

  it('checks a staged profile file as the hook runs it: the entry, then the file names', () => {
    const [, ...entryArgs] = hook('lparlint').entry.split(' ');
    const result = spawnSync(process.execPath, [join(root, bin['lparlint']!), ...entryArgs, 'fixtures/example/configfile/lpar05_on_physical_server_02.cfg'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout).toContain('lpar05_on_physical_server_02.cfg');
    expect(result.status).toBe(0);
  });
});
