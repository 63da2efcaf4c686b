import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/fake-io.js';

/**
 * The stylish report of `diagnose` as an operator reads it, for the example cluster and each
 * fixtures/diagnose/ case: exit code, stdout and stderr. To accept new output:
 * `UPDATE_GOLDEN=1 npx vitest run test/diagnose/golden.test.ts`, then read every changed file.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const goldenDir = join(root, 'test/diagnose/golden');
const update = process.env.UPDATE_GOLDEN === '1';
const CLUSTER = ['--main-cf', 'fixtures/example/main.cf', '--inventory', 'fixtures/example/inventory.yaml'];

const CASES: readonly { name: string; args: readonly string[] }[] = [
  // The example cluster's failed failover to lpar201, as README.md shows it.
  { name: 'example', args: ['diagnose', 'fixtures/example/LPAR_A.log', ...CLUSTER, '--path-map', '/configfile=fixtures/example/configfile'] },
  ...['invalid-attribute', 'format-invalid', 'memory-region', 'ssh-failure', 'profile-missing', 'unexplained'].map((name) => ({
    name,
    args: ['diagnose', `fixtures/diagnose/${name}/LPAR_A.log`, ...CLUSTER, '--path-map', `/configfile=fixtures/diagnose/${name}`],
  })),
  // Nothing failed in the window.
  { name: 'clean-window', args: ['diagnose', 'fixtures/example/LPAR_A.log', '--until', '2024/03/05 10:15:00'] },
];

describe('golden stylish output of lparlint diagnose', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const result = await runCli(c.args, { cwd: root });
      const actual = [`$ lparlint ${c.args.join(' ')}`, `exit code: ${result.code}`, '--- stdout', result.stdout, '--- stderr', result.stderr].join('\n');
      const file = join(goldenDir, `${c.name}.txt`);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
