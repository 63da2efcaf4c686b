import { readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_RULES } from '../../rules/index.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';
import { fixesFixture, NO_REPEATS } from './fix-fixture.js';

/**
 * Each safe fix on its own fixture (fixtures/fixes/safe/<name>.cfg): the rule whose safe fix it
 * exercises, and the file that `--fix` must write (`<name>.fixed`, or the vendor line without its
 * repeats).
 */
const CASES: readonly { name: string; rule: string; fixed?: string }[] = [
  { name: 'read-only-state', rule: 'read-only-attribute' },
  { name: 'null-huge-pages', rule: 'null-value' },
  { name: 'profile-name-unrenamed', rule: 'profile-name' },
  { name: 'equal-repeat', rule: 'duplicate-attribute' },
  { name: 'continuation-lines', rule: 'single-line' },
  { name: 'continuation-at-end', rule: 'single-line' },
  { name: 'two-records', rule: 'single-line' },
  { name: 'line-break-after-comma', rule: 'single-line' },
  { name: 'blank-lines-at-end', rule: 'single-line' },
  { name: 'blank-line-at-start', rule: 'single-line' },
  { name: 'byte-order-mark', rule: 'encoding' },
  { name: 'crlf-line-end', rule: 'encoding' },
  { name: 'typographic-quotes', rule: 'encoding' },
  { name: 'typographic-apostrophe', rule: 'encoding', fixed: 'safe/typographic-apostrophe.fixed' },
  { name: 'typographic-dash', rule: 'encoding', fixed: 'safe/typographic-dash.fixed' },
  { name: 'no-break-space', rule: 'encoding' },
  { name: 'zero-width-space', rule: 'encoding' },
  { name: 'blank-after-comma', rule: 'whitespace' },
  { name: 'blanks-around-equals', rule: 'whitespace' },
  { name: 'blanks-at-end', rule: 'whitespace' },
  { name: 'unquoted-list', rule: 'adapter-quoting' },
  { name: 'unquoted-list-with-commas', rule: 'adapter-quoting' },
  { name: 'value-quoted-list', rule: 'adapter-quoting' },
  { name: 'unwrapped-item', rule: 'adapter-quoting' },
];

describe('every safe fix on its own fixture', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.rule}): --fix writes exactly the fixed text, and a second --fix changes nothing`, async () => {
      const broken = fixesFixture(`safe/${c.name}.cfg`);
      const expected = fixesFixture(c.fixed ?? NO_REPEATS);
      const offered = lintProfile(broken, { path: 'p.cfg', rules: PROFILE_RULES }).diagnostics;
      expect(offered.some((d) => d.ruleId === c.rule && d.fix?.safe)).toBe(true);

      const cwd = await tempTree({ 'p.cfg': broken });
      const file = join(cwd, 'p.cfg');
      const first = await runCli(['check', 'p.cfg', '--fix'], { cwd });
      expect(first.stdout).toMatch(/^ {2}\d+ fix(es)? applied and written$/m);
      expect(first.code).toBe(0);
      expect(await readFile(file, 'utf8')).toBe(expected);

      const before = await stat(file);
      const second = await runCli(['check', 'p.cfg', '--fix'], { cwd });
      expect(second).toEqual({ code: 0, stdout: '✔ No problems found (1 file checked).\n', stderr: '' });
      expect(await readFile(file, 'utf8')).toBe(expected);
      expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    });
  }

  it('covers every fixture in fixtures/fixes/safe', () => {
    const names = readdirSync(new URL('../../fixtures/fixes/safe/', import.meta.url)).filter((f) => f.endsWith('.cfg'));
    expect(names.map((f) => f.slice(0, -'.cfg'.length)).sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it('covers every profile rule that offers safe fixes', () => {
    const safeRules = PROFILE_RULES.filter((r) => r.meta.fixable === 'safe' || r.meta.fixable === 'both').map((r) => r.meta.id);
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(safeRules));
  });

  it('the vendor example with its four equal repeats loses exactly those', async () => {
    const cwd = await tempTree({ 'lpar05.cfg': await readFile(new URL('../../fixtures/seed/lpar05_on_physical_server_01.cfg', import.meta.url)) });
    const result = await runCli(['check', 'lpar05.cfg', '--fix'], { cwd });
    expect(result.code).toBe(0);
    expect(await readFile(join(cwd, 'lpar05.cfg'), 'utf8')).toBe(fixesFixture(NO_REPEATS));
  });

  it("the documentation copy with its \\ line wraps joins to exactly the seed's step-5 line", async () => {
    const seed = (name: string) => readFile(new URL(`../../fixtures/seed/${name}`, import.meta.url), 'utf8');
    const cwd = await tempTree({ 'lpar05.cfg': await seed('lpar05-docs-copy-with-continuations.cfg') });
    // The equal repeats are the vendor's own; only the line wraps are the copy's fault.
    const result = await runCli(['check', 'lpar05.cfg', '--fix', '--rule', 'duplicate-attribute=off'], { cwd });
    expect(result.code).toBe(0);
    expect(await readFile(join(cwd, 'lpar05.cfg'), 'utf8')).toBe(await seed('lpar05_on_physical_server_01.cfg'));
  });
});
