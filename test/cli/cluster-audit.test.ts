import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../read/temp-tree.js';
import { runCli } from './fake-io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MAIN_CF = 'fixtures/example/main.cf';
const NODE1_FILE = 'fixtures/example/configfile/lpar05_on_physical_server_01.cfg';

interface JsonReport {
  files: { path: string; node: string | null; resource: string | null; diagnostics: { ruleId: string; severity: string }[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

/**
 * A cluster whose two nodes, on two physical servers, share one global ProfileFile: node-copy
 * reports the file for the second node, and profile-file warns about the global value.
 */
const SHARED_FILE_MAIN_CF = `system lpar101 (
        PhysicalServer = physical_server_01
        )

system lpar201 (
        PhysicalServer = physical_server_02
        )

group lpar05_grp (
        SystemList = { lpar101 = 0, lpar201 = 1 }
        )

        LPAR lpar05_res (
                LPARName = lpar05
                ProfileFile = "/configfile/lpar05.cfg"
                )
`;

async function sharedFileCluster(extra: Record<string, string> = {}): Promise<string> {
  return tempTree({ 'main.cf': SHARED_FILE_MAIN_CF, 'configs/lpar05.cfg': await readFile(join(root, NODE1_FILE), 'utf8'), ...extra });
}

const ruleIds = (report: JsonReport): string[] => report.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId));

describe('lparlint check --main-cf', () => {
  it('checks the files main.cf names, not the working directory, when no path is given', async () => {
    const cwd = await sharedFileCluster({ 'stray.cfg': 'name=stray\n', 'configs/unused.cfg': 'name=unused\n' });
    const result = await runCli(['check', '--main-cf', 'main.cf', '--path-map', '/configfile=configs', '-f', 'json'], { cwd });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files.map((f) => [f.path, f.node, f.resource])).toEqual([
      ['main.cf', null, null],
      ['configs/lpar05.cfg', 'lpar101', 'lpar05_res'],
      ['configs/lpar05.cfg', 'lpar201', 'lpar05_res'],
    ]);
  });

  it('accepts --rule node-copy=off and drops that rule\'s findings', async () => {
    const cwd = await sharedFileCluster();
    const args = ['check', '--main-cf', 'main.cf', '--path-map', '/configfile=configs', '-f', 'json', '--rule', 'duplicate-attribute=off'];
    const plain = await runCli(args, { cwd });
    expect(ruleIds(JSON.parse(plain.stdout) as JsonReport)).toEqual(['profile-file', 'node-copy']);
    expect(plain.code).toBe(1);

    const off = await runCli([...args, '--rule', 'node-copy=off'], { cwd });
    expect(off.stderr).toBe('');
    expect(ruleIds(JSON.parse(off.stdout) as JsonReport)).toEqual(['profile-file']);
    // The global-ProfileFile finding is a warning, so without node-copy the run passes.
    expect(off.code).toBe(0);
  });

  it('sets the severity of a cluster rule with --rule, like that of a profile rule', async () => {
    // Without --path-map the /configfile paths of main.cf do not exist here: two profile-file errors.
    const plain = JSON.parse((await runCli(['check', '--main-cf', MAIN_CF, '-f', 'json'], { cwd: root })).stdout) as JsonReport;
    expect(plain.summary).toMatchObject({ errors: 2, warnings: 0 });
    expect(ruleIds(plain)).toEqual(['profile-file', 'profile-file']);

    const demoted = await runCli(['check', '--main-cf', MAIN_CF, '-f', 'json', '--rule', 'profile-file=warning'], { cwd: root });
    expect((JSON.parse(demoted.stdout) as JsonReport).summary).toMatchObject({ errors: 0, warnings: 2 });
    expect(demoted.code).toBe(0);
  });
});
