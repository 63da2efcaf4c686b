import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A check of one file loads only what it uses (bench/startup.mjs measures what that saves): yargs
 * (a plain check is parsed by yargs-parser alone), the other commands, the fix writers and the diff
 * package, the main.cf and inventory readers with YAML and ajv, and the formats not asked for are
 * loaded when a run needs them. Runs the built CLI.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const ONE_FILE = 'fixtures/example/configfile/lpar05_on_physical_server_01.cfg';

/** The modules `lparlint ...args` loads, as paths from the repository root. */
function modulesLoaded(args: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lparlint-loads-'));
  const file = join(dir, 'loads.txt');
  try {
    const result = spawnSync(process.execPath, ['--import', join(root, 'test/startup/record-loads.mjs'), join(root, 'dist/src/cli/bin.js'), ...args], {
      cwd: root,
      env: { ...process.env, RECORD_LOADS_TO: file },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).not.toBe(2);
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file:'))
      .map((url) => fileURLToPath(url).slice(root.length));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NOT_FOR_ONE_FILE = [
  'node_modules/yargs/',
  'node_modules/cliui/',
  'node_modules/string-width/',
  'dist/src/cli/command-line.js',
  'node_modules/diff/',
  'node_modules/ajv/',
  'node_modules/yaml/',
  'dist/src/fix/diff.js',
  'dist/src/fix/write-fixes.js',
  'dist/src/parse/maincf/',
  'dist/src/inventory/read-inventory.js',
  'dist/src/diagnose/',
  'dist/src/cli/diagnose-command.js',
  'dist/src/cli/generate-command.js',
  'dist/src/report/formatters/json.js',
  'dist/src/report/formatters/sarif.js',
  'dist/src/report/formatters/junit.js',
  'dist/src/report/formatters/html.js',
  'dist/src/report/html/',
];

describe('lazy loading', () => {
  it('a check of one file loads none of what it does not use', () => {
    const loaded = modulesLoaded(['check', ONE_FILE]);
    expect(loaded).toContain('dist/src/report/formatters/stylish.js');
    expect(loaded.filter((path) => NOT_FOR_ONE_FILE.some((unused) => path.startsWith(unused)))).toEqual([]);
  });

  it('loads yargs for what is not a plain check: its help', () => {
    const loaded = modulesLoaded(['check', '--help']);
    expect(loaded).toContain('dist/src/cli/command-line.js');
    expect(loaded.some((path) => path.startsWith('node_modules/yargs/'))).toBe(true);
  });

  it('loads the diff package for a dry run, and a format when it is chosen', () => {
    const loaded = modulesLoaded(['check', '--fix-dry-run', '--format', 'sarif', ONE_FILE]);
    expect(loaded.some((path) => path.startsWith('node_modules/diff/'))).toBe(true);
    expect(loaded).toContain('dist/src/report/formatters/sarif.js');
  });
});
