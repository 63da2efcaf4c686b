import { readFileSync } from 'node:fs';
import { chmod, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAPTURE_COMMANDS } from '../../src/generate/capture-commands.js';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string): string => readFileSync(join(root, 'fixtures', path), 'utf8');

const SEED_LPAR = fixture('seed/lssyscfg-lpar-lpar05.txt');
const SEED_PROF = fixture('seed/lssyscfg-prof-lpar05.txt');
const SEED_RESULT = fixture('seed/lpar05_on_physical_server_01.cfg');
const SERVER_03_LPARS = 'fixtures/generate/physical_server_03-lpars.txt';
const SERVER_03_PROFS = 'fixtures/generate/lpar08-lpar09-profs.txt';

/** A working directory with the seed's two raw outputs, and more files if given. */
async function seedTree(more: Record<string, string> = {}): Promise<string> {
  return tempTree({ 'LPAR.txt': SEED_LPAR, 'PROF.txt': SEED_PROF, ...more });
}

const SEED_ARGS = ['generate', '--lpar', 'LPAR.txt', '--prof', 'PROF.txt'];
/** Generating lpar05 from physical_server_01's output for the node on physical_server_02: four vios-name errors. */
const WRONG_NODE = ['--node', 'lpar201', '--inventory', join(root, 'fixtures/example/inventory.yaml')];

describe('lparlint generate: the seed worked example', () => {
  it('prints the step-5 line on stdout, and the check\'s findings (only info) on stderr; exit 0', async () => {
    const result = await runCli(SEED_ARGS, { cwd: await seedTree() });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(SEED_RESULT);
    expect(result.stderr).toContain('<generated>\n');
    expect(result.stderr).toContain('duplicate-attribute');
    expect(result.stderr).toContain('ℹ 1 problem (0 errors, 0 warnings, 1 info)');
    expect(result.stderr).not.toContain('lparlint: note:');
  });

  it('writes it with -o, creating the folder, and prints nothing on stdout', async () => {
    const cwd = await seedTree();
    const result = await runCli([...SEED_ARGS, '-o', 'configfile/lpar05_on_physical_server_01.cfg'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('configfile/lpar05_on_physical_server_01.cfg\n');
    expect(await readFile(join(cwd, 'configfile/lpar05_on_physical_server_01.cfg'), 'utf8')).toBe(SEED_RESULT);
  });

  it('reads one of the two from standard input (-)', async () => {
    const cwd = await tempTree({ 'PROF.txt': SEED_PROF });
    const result = await runCli(['generate', '--lpar', '-', '--prof', 'PROF.txt'], { cwd, stdin: SEED_LPAR });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(SEED_RESULT);
  });

  it('checks the result for the node, with main.cf\'s resource for the partition, and passes for the right node', async () => {
    const cluster = ['--node', 'lpar101', '--main-cf', join(root, 'fixtures/example/main.cf'), '--inventory', join(root, 'fixtures/example/inventory.yaml')];
    const result = await runCli([...SEED_ARGS, ...cluster], { cwd: await seedTree() });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(SEED_RESULT);
    expect(result.stderr).toContain('<generated>  (lpar05_res on lpar101)');
  });
});

describe('lparlint generate: several partitions and profiles in one file', () => {
  const argv = ['generate', '--lpar', SERVER_03_LPARS, '--prof', SERVER_03_PROFS];

  it('needs --lpar-name, then --profile-name, and says which names there are', async () => {
    const noPartition = await runCli(argv, { cwd: root });
    expect(noPartition.code).toBe(2);
    expect(noPartition.stderr).toBe(`lparlint: --lpar ${SERVER_03_LPARS}: lists 3 partitions (vio_server5, lpar08, lpar09); choose one with --lpar-name\n`);
    const noProfile = await runCli([...argv, '--lpar-name', 'lpar08'], { cwd: root });
    expect(noProfile.code).toBe(2);
    expect(noProfile.stderr).toBe(`lparlint: --prof ${SERVER_03_PROFS}: partition lpar08 has 2 profiles (lpar08, lpar08_maint); choose one with --profile-name\n`);
    const unknown = await runCli([...argv, '--lpar-name', 'lpar08', '--profile-name', 'nosuch'], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`lparlint: --prof ${SERVER_03_PROFS}: partition lpar08 has no profile named nosuch; its profiles are lpar08, lpar08_maint\n`);
  });

  it('builds the chosen profile of the chosen partition, taking the profile\'s boot_mode over the partition\'s', async () => {
    const result = await runCli([...argv, '--lpar-name', 'lpar08', '--profile-name', 'lpar08_maint'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^name=lpar08,lpar_id=18,.*,profile_name=lpar08_maint,.*desired_mem=4096,.*boot_mode=sms,/);
    expect(result.stdout).not.toContain('boot_mode=norm');
    expect(result.stderr).toContain('lparlint: note: the two outputs differ on boot_mode (norm in the partition output, sms in the profile output)');
  });

  it('keeps a shared-processor partition\'s processing units, weight and pool, and notes it and what it left out', async () => {
    const result = await runCli([...argv, '--lpar-name', 'lpar08', '--profile-name', 'lpar08'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      ',proc_mode=shared,min_proc_units=0.1,desired_proc_units=0.5,max_proc_units=2.0,min_procs=1,desired_procs=2,max_procs=4,sharing_mode=uncap,uncap_weight=128,shared_proc_pool_id=0,shared_proc_pool_name=DefaultPool,',
    );
    const notes = result.stderr.split('\n').filter((line) => line.startsWith('lparlint: note: '));
    expect(notes).toEqual([
      'lparlint: note: proc_mode is shared: kept min_proc_units, desired_proc_units, max_proc_units, uncap_weight, shared_proc_pool_id and shared_proc_pool_name, which the procedure does not list but a shared-processor partition needs (its processing units, uncapped weight and shared processor pool)',
      'lparlint: note: not copied, as the procedure does not list them: simplified_remote_restart_capable, sync_curr_profile, vtpm_enabled, powervm_mgmt_capable, ppt_ratio and mem_weight; if the partition needs them, add them to the line by hand',
    ]);
    expect(result.stderr).toContain('0 errors');
  });

  it('drops null values and names them; the missing attributes are then warnings, which do not stop it', async () => {
    const result = await runCli([...argv, '--lpar-name', 'lpar09'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('null');
    expect(result.stdout).toContain(',profile_name=default_profile,');
    expect(result.stderr).toContain(
      'lparlint: note: left out redundant_err_path_reporting (partition output) and mem_expansion (profile output): lssyscfg prints null for a setting that does not apply, and partition creation does not take it\n',
    );
    expect(result.stderr).toContain('✖ 3 problems (0 errors, 2 warnings, 1 info)');
  });
});

describe('lparlint generate: errors and existing files', () => {
  it('writes nothing when the result has errors, and exits 1', async () => {
    const cwd = await seedTree();
    const result = await runCli([...SEED_ARGS, ...WRONG_NODE, '-o', 'out.cfg'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('out.cfg  (node lpar201)');
    expect(result.stderr).toContain('vios-name');
    expect(result.stderr).toMatch(/lparlint: the generated profile has 4 errors \(above\), so nothing was written; .* give --force to write it anyway\n$/);
    expect((await readdir(cwd)).sort()).toEqual(['LPAR.txt', 'PROF.txt']);
  });

  it('prints nothing on stdout either, without -o', async () => {
    const result = await runCli([...SEED_ARGS, ...WRONG_NODE], { cwd: await seedTree() });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  it('writes it anyway with --force, and still exits 1', async () => {
    const cwd = await seedTree();
    const result = await runCli([...SEED_ARGS, ...WRONG_NODE, '-o', 'out.cfg', '--force'], { cwd });
    expect(result.code).toBe(1);
    expect(await readFile(join(cwd, 'out.cfg'), 'utf8')).toBe(SEED_RESULT);
  });

  it('does not replace an existing file without --force: exit 2, one line, the file untouched', async () => {
    const cwd = await seedTree({ 'out.cfg': 'the admin\'s own file\n' });
    const result = await runCli([...SEED_ARGS, '-o', 'out.cfg'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('lparlint: --output-file out.cfg: the file exists; give --force to replace it\n');
    expect(await readFile(join(cwd, 'out.cfg'), 'utf8')).toBe('the admin\'s own file\n');
  });

  it('replaces it with --force, keeping its mode', async () => {
    const cwd = await seedTree({ 'out.cfg': 'old\n' });
    await chmod(join(cwd, 'out.cfg'), 0o600);
    const result = await runCli([...SEED_ARGS, '-o', 'out.cfg', '--force'], { cwd });
    expect(result.code).toBe(0);
    expect(await readFile(join(cwd, 'out.cfg'), 'utf8')).toBe(SEED_RESULT);
    expect((await stat(join(cwd, 'out.cfg'))).mode & 0o777).toBe(0o600);
  });

  const usage: [string, string[], string][] = [
    ['both inputs from standard input', ['generate', '--lpar', '-', '--prof', '-'], '--lpar and --prof cannot both be standard input (-)'],
    ['a missing input file', ['generate', '--lpar', 'nosuch.txt', '--prof', 'PROF.txt'], '--lpar nosuch.txt: cannot read it: it does not exist'],
    ['the two outputs swapped', ['generate', '--lpar', 'PROF.txt', '--prof', 'LPAR.txt'], '--lpar PROF.txt: line 1 is a profile (it has lpar_name=), not a partition'],
    ['a missing --prof', ['generate', '--lpar', 'LPAR.txt'], 'Missing required argument: prof'],
    ['--node without --inventory or --main-cf', [...SEED_ARGS, '--node', 'lpar101'], '--node lpar101: give --inventory (or --main-cf) too'],
    ['--inventory without --node', [...SEED_ARGS, '--inventory', join(root, 'fixtures/example/inventory.yaml')], '--main-cf and --inventory describe the node the profile file is for: give --node too'],
    ['an unknown --node', [...SEED_ARGS, '--node', 'lpar301', '--inventory', join(root, 'fixtures/example/inventory.yaml')], '--node lpar301: not a node of the inventory; the nodes are: lpar101, lpar201'],
  ];
  for (const [name, argv, expected] of usage) {
    it(`exits 2 with one line for ${name}`, async () => {
      const result = await runCli(argv, { cwd: await seedTree() });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(expected);
      expect(result.stderr).toMatch(/^lparlint: [^\n]+\n$/);
    });
  }

  it('does not write when an input cannot be read', async () => {
    const cwd = await seedTree({ 'PROF.txt': 'No results were found.\n' });
    const result = await runCli([...SEED_ARGS, '-o', 'out.cfg'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--prof PROF.txt: the HMC found nothing');
    expect((await readdir(cwd)).sort()).toEqual(['LPAR.txt', 'PROF.txt']);
  });
});

describe('lparlint generate: how to capture the inputs', () => {
  it('--help shows both HMC commands, each pasteable into a shell', async () => {
    const result = await runCli(['generate', '--help'], { cwd: root });
    expect(result.code).toBe(0);
    // The help breaks each command after "ssh" with a shell line continuation, to fit 100 columns.
    const joined = result.stdout.replace(/ \\\n +/g, ' ');
    for (const command of CAPTURE_COMMANDS) expect(joined).toContain(command);
    expect(Math.max(...result.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it('the README shows both, with the step-3 command as -r prof', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.split('### `lparlint generate`')[1]?.split(/^##/m)[0] ?? '';
    for (const command of CAPTURE_COMMANDS) expect(section).toContain(command);
    expect(CAPTURE_COMMANDS[1]).toContain('"lssyscfg -r prof -m <server> --filter lpar_names=<lpar>,profile_names=<profile>" > PROF.txt');
  });
});
