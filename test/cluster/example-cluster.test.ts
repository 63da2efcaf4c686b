import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CONFIGFILE = 'fixtures/example/configfile';
const FILE_01 = `${CONFIGFILE}/lpar05_on_physical_server_01.cfg`;
const FILE_02 = `${CONFIGFILE}/lpar05_on_physical_server_02.cfg`;

interface JsonReport {
  files: {
    path: string;
    node: string | null;
    resource: string | null;
    diagnostics: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number }[];
  }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/** The arguments `npm start` runs lparlint with, so this test follows the bundled example. */
async function npmStartArguments(): Promise<string[]> {
  const scripts = (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts;
  const [node, bin, ...argv] = scripts.start.split(' ');
  expect([node, bin]).toEqual(['node', 'dist/src/cli/bin.js']);
  return argv;
}

/** Every finding as `file node resource ruleId severity line:column-endLine:endColumn`. */
function findings(report: JsonReport): string[] {
  return report.files.flatMap((f) =>
    f.diagnostics.map((d) => `${f.path} ${f.node} ${f.resource} ${d.ruleId} ${d.severity} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`),
  );
}

async function check(argv: readonly string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await runCli([...argv, '--format', 'json'], { cwd: root });
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

describe('the bundled example cluster (npm start)', () => {
  it('finds the wrong VIO server name in lpar201\'s file, and exits 1', async () => {
    const { code, report, stderr } = await check(await npmStartArguments());
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.files.map((f) => [f.path, f.node, f.resource])).toEqual([
      ['fixtures/example/main.cf', null, null],
      ['fixtures/example/inventory.yaml', null, null],
      [FILE_01, 'lpar101', 'lpar05_res'],
      [FILE_02, 'lpar201', 'lpar05_res'],
    ]);
    expect(findings(report)).toEqual([
      // The vendor's field list takes these from both lssyscfg outputs: harmless repeats, one info finding per file.
      `${FILE_01} lpar101 lpar05_res duplicate-attribute info 1:1032-1:1046`,
      // virtual_fc_adapters item 2 names vio_server2, a VIO server of physical_server_01.
      `${FILE_02} lpar201 lpar05_res vios-name error 1:964-1:975`,
      `${FILE_02} lpar201 lpar05_res duplicate-attribute info 1:1036-1:1050`,
    ]);
    expect(report.summary).toEqual({ files: 4, errors: 1, warnings: 0, infos: 2 });
  });

  it('passes once lpar201\'s file names its own VIO server (vio_server4)', async () => {
    const wrong = await readFile(join(root, FILE_02), 'utf8');
    const fixed = wrong.replace('604/client/2/vio_server2/19/', '604/client/2/vio_server4/19/');
    expect(fixed).not.toBe(wrong);
    const copy = await tempTree({
      'lpar05_on_physical_server_01.cfg': await readFile(join(root, FILE_01), 'utf8'),
      'lpar05_on_physical_server_02.cfg': fixed,
    });
    const argv = (await npmStartArguments()).map((a) => (a === `/configfile=${CONFIGFILE}` ? `/configfile=${copy}` : a));
    expect(argv).toContain(`/configfile=${copy}`);
    const { code, report } = await check(argv);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ files: 4, errors: 0, warnings: 0, infos: 2 });
    expect(report.files.map((f) => [f.node, f.diagnostics.map((d) => d.ruleId)])).toEqual([
      [null, []],
      [null, []],
      ['lpar101', ['duplicate-attribute']],
      ['lpar201', ['duplicate-attribute']],
    ]);
  });
});
