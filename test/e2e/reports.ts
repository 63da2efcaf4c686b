import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reports the browser tests open, written by the built CLI as a user runs it, each with the
 * JSON report of the same run beside it: the tests compute what the page must show from that JSON,
 * so they follow the rules instead of repeating today's numbers.
 */

export const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/src/cli/bin.js');

/** The example cluster, as `npm start` audits it. */
export const EXAMPLE = {
  mainCf: 'fixtures/example/main.cf',
  inventory: 'fixtures/example/inventory.yaml',
  log: 'fixtures/example/LPAR_A.log',
} as const;
const CLUSTER_ARGS = ['--main-cf', EXAMPLE.mainCf, '--inventory', EXAMPLE.inventory, '--path-map', '/configfile=fixtures/example/configfile'];

/** Markup that runs code if a report pastes it unescaped into the page: as element text, and as an attribute value. */
export const HOSTILE = {
  script: '<script>window.__pwned=1</script>',
  img: '"><img src=x onerror="window.__pwned=1">',
} as const;

export interface GeneratedReports {
  readonly dir: string;
  readonly check: string;
  readonly checkJson: string;
  readonly diagnose: string;
  readonly diagnoseJson: string;
  /** check of a profile file whose path, values and attribute names are hostile markup. */
  readonly hostileCheck: string;
  /** diagnose of a log whose failure lines are hostile markup, explained with that profile file. */
  readonly hostileDiagnose: string;
}

/** Runs lparlint in `cwd` with the time pinned; exit codes 0 and 1 (findings) are both a report. */
function lparlint(cwd: string, args: readonly string[]): void {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1709633742' },
  });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`lparlint ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  }
}

/**
 * The hostile profile file: its folder ends in `<` and its name starts with `script>`, so that its
 * path reads `<script>…</script>"><img …>.cfg` (a file name cannot hold the `/`). `name` is given
 * twice so that a finding has a fix, whose diff repeats the markup; the quoted field gives an
 * attribute value and an attribute name that are markup.
 */
function writeHostileProfile(dir: string): string {
  const folder = '<script>window.__pwned=1<';
  const path = `${folder}/script>${HOSTILE.img}.cfg`;
  mkdirSync(join(dir, folder));
  const quoted = HOSTILE.img.replaceAll('"', '""');
  const line = [
    `name=${HOSTILE.script}`,
    'lpar_id=15',
    'lpar_env=aixlinux',
    `"profile_name=${quoted}"`,
    'min_mem=512',
    'desired_mem=2048',
    'max_mem=4096',
    `"${quoted}=1"`,
    `name=${HOSTILE.script}`,
  ].join(',');
  writeFileSync(join(dir, path), `${line}\n`);
  return path;
}

/** An LPAR agent failure (the example log's first one) whose partition names are hostile markup. */
function writeHostileLog(dir: string): string {
  const path = 'hostile.log';
  const lines = [
    `2024/03/05 10:15:42 VCS ERROR V-16-10011-22012 (lpar201) LPAR:lpar05_res:online:Could not create partition ${HOSTILE.script} on physical_server_02 from /configfile/lpar05_on_physical_server_02.cfg; HMC hmc01 returned:`,
    `HSCL8012 The partition named ${HOSTILE.img} was not found.`,
  ];
  writeFileSync(join(dir, path), `${lines.join('\n')}\n`);
  return path;
}

/** Writes every report into a new temporary folder. */
export function generateReports(): GeneratedReports {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" (npm test does it first)`);
  const dir = mkdtempSync(join(tmpdir(), 'lparlint-e2e-'));
  const out = (name: string): string => join(dir, name);
  const reports: GeneratedReports = {
    dir,
    check: out('check.html'),
    checkJson: out('check.json'),
    diagnose: out('diagnose.html'),
    diagnoseJson: out('diagnose.json'),
    hostileCheck: out('hostile-check.html'),
    hostileDiagnose: out('hostile-diagnose.html'),
  };
  lparlint(root, ['check', ...CLUSTER_ARGS, '--format', `html:${reports.check}`, '--format', `json:${reports.checkJson}`]);
  lparlint(root, ['diagnose', EXAMPLE.log, ...CLUSTER_ARGS, '--format', `html:${reports.diagnose}`, '--format', `json:${reports.diagnoseJson}`]);
  // Run in the temporary folder, so that the reports name the hostile files by their relative, hostile paths.
  const profile = writeHostileProfile(dir);
  const log = writeHostileLog(dir);
  lparlint(dir, ['check', profile, '--format', `html:${reports.hostileCheck}`]);
  lparlint(dir, ['diagnose', log, '--profile', profile, '--format', `html:${reports.hostileDiagnose}`]);
  return reports;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
