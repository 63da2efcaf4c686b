import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';
import { fixesFixture, NO_REPEATS } from './fix-fixture.js';

const exampleFile = (name: string): Promise<string> => readFile(new URL(`../../fixtures/example/${name}`, import.meta.url), 'utf8');

describe('unsafe fixes are applied only with --fix-unsafe', () => {
  const cases = [
    { name: 'min-max-swapped', rule: 'min-desired-max' },
    { name: 'conflicting-duplicate', rule: 'duplicate-attribute' },
  ];
  for (const c of cases) {
    it(`${c.name} (${c.rule})`, async () => {
      const broken = fixesFixture(`unsafe/${c.name}.cfg`);
      const cwd = await tempTree({ 'p.cfg': broken });
      const file = join(cwd, 'p.cfg');
      const before = await stat(file);

      const safeOnly = await runCli(['check', 'p.cfg', '--fix', '--format', 'json'], { cwd });
      expect(safeOnly.code).toBe(1);
      const report = JSON.parse(safeOnly.stdout) as { files: { fixed?: unknown; diagnostics: { ruleId: string; fix?: { safe: boolean } }[] }[] };
      expect(report.files[0]!.fixed).toBeUndefined();
      expect(report.files[0]!.diagnostics.map((d) => [d.ruleId, d.fix?.safe])).toEqual([[c.rule, false]]);
      expect(await readFile(file, 'utf8')).toBe(broken);
      expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);

      const unsafe = await runCli(['check', 'p.cfg', '--fix-unsafe'], { cwd });
      expect(unsafe.code).toBe(0);
      expect(unsafe.stdout).toContain('1 fix applied and written');
      expect(await readFile(file, 'utf8')).toBe(fixesFixture(NO_REPEATS));
    });
  }

  it('vios-name: with the node and the inventory, the foreign VIO server becomes the right one', async () => {
    const original = await exampleFile('configfile/lpar05_on_physical_server_02.cfg');
    const cwd = await tempTree({ 'inventory.yaml': await exampleFile('inventory.yaml'), 'lpar05.cfg': original });
    const file = join(cwd, 'lpar05.cfg');
    const args = ['check', '--node', 'lpar201', '--inventory', 'inventory.yaml', 'lpar05.cfg', '--rule', 'duplicate-attribute=off'];

    const safeOnly = await runCli([...args, '--fix'], { cwd });
    expect(safeOnly.code).toBe(1);
    expect(safeOnly.stdout).toContain('unsafe fix: replace vio_server2 with vio_server4');
    expect(safeOnly.stdout).toContain('1 with --fix-unsafe (review those)');
    expect(await readFile(file, 'utf8')).toBe(original);

    const unsafe = await runCli([...args, '--fix-unsafe'], { cwd });
    expect(unsafe.code).toBe(0);
    const fixed = original.replace('604/client/2/vio_server2/19/', '604/client/2/vio_server4/19/');
    expect(fixed).not.toBe(original);
    expect(await readFile(file, 'utf8')).toBe(fixed);
  });
});
