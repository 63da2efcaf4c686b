import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lstat, readFile, readdir, readlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';

/**
 * Security: config, inventory and pattern files are data and are never executed; lparlint has no
 * way to reach the network or run a command; it writes only the files it is told to; a user's
 * regular expression that can backtrack catastrophically is refused before it meets a log line.
 */

const ROOT = join(import.meta.dirname, '../..');
const fixture = (path: string): string => readFileSync(join(ROOT, 'fixtures', path), 'utf8');
const EXAMPLE_MAIN_CF = fixture('example/main.cf');
const EXAMPLE_INVENTORY = fixture('example/inventory.yaml');

let checks = 0;
afterAll(() => {
  console.log(`security: ${checks} checks (YAML tags refused, forbidden APIs scanned, files written, regex rejected)`);
});

describe('data files are never executed: YAML tags are refused', () => {
  /** If a tag were ever resolved to code, running it would set this global. */
  const MARK = '__lparlintTagRan';
  const FUNCTION_TAG = `!!js/function "function () { globalThis.${MARK} = true }"`;
  const PROFILE = 'name=lpar05\n';

  it.each([
    ['config', '!!js/function', { 'lparlint.config.yaml': `rules: ${FUNCTION_TAG}\n`, 'lpar05.cfg': PROFILE }, ['check', 'lpar05.cfg'], 2,
      /^lparlint: lparlint\.config\.yaml:1:8: the YAML tag !!js\/function is not supported: a config file holds plain data .*; remove the tag\n$/],
    ['config', '!foo', { 'lparlint.config.yaml': 'rules: !foo bar\n', 'lpar05.cfg': PROFILE }, ['check', 'lpar05.cfg'], 2,
      /^lparlint: lparlint\.config\.yaml:1:8: the YAML tag !foo is not supported: a config file holds plain data .*; remove the tag\n$/],
    ['pattern catalog', '!!js/function', { 'LPAR_A.log': 'x\n', 'p.yaml': `patterns: ${FUNCTION_TAG}\n` }, ['diagnose', 'LPAR_A.log', '--patterns', 'p.yaml'], 2,
      /^lparlint: --patterns p\.yaml:1:11: the YAML tag !!js\/function is not supported: a pattern catalog holds plain data /],
    ['pattern catalog', '!foo', { 'LPAR_A.log': 'x\n', 'p.yaml': 'patterns: !foo bar\n' }, ['diagnose', 'LPAR_A.log', '--patterns', 'p.yaml'], 2,
      /^lparlint: --patterns p\.yaml:1:11: the YAML tag !foo is not supported: a pattern catalog holds plain data /],
  ])('%s with %s: exit 2, one line naming the tag', async (_kind, _tag, files, argv, code, stderr) => {
    checks += 1;
    const result = await runCli(argv, { cwd: await tempTree(files) });
    expect(result).toMatchObject({ code, stdout: '' });
    expect(result.stderr).toMatch(stderr);
    expect(MARK in globalThis).toBe(false);
  });

  it.each([
    ['!!js/function', `servers: ${FUNCTION_TAG}\n`, '1:10', '!!js/function'],
    ['!foo', 'servers: !foo bar\n', '1:10', '!foo'],
  ])('inventory with %s: an inventory finding at the tag', async (_tag, inventory, at, shown) => {
    checks += 1;
    const result = await runCli(['check', '--main-cf', 'main.cf', '--inventory', 'inventory.yaml'], {
      cwd: await tempTree({ 'main.cf': EXAMPLE_MAIN_CF, 'inventory.yaml': inventory }),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`inventory.yaml\n  ${at}  error  the YAML tag ${shown} is not supported: an inventory holds plain data`);
    expect(MARK in globalThis).toBe(false);
  });
});

describe('no network access and no commands: the code cannot reach them', () => {
  /** Built-in modules that open sockets, resolve names or start processes. */
  const FORBIDDEN_MODULES = ['child_process', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'tls', 'cluster', 'worker_threads', 'inspector'];
  const MODULE = `(?:node:)?(?:${FORBIDDEN_MODULES.join('|')})(?:/[a-z]+)?`;
  const FORBIDDEN = [
    { what: 'an import of a network or process module', pattern: new RegExp(`(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)['"]${MODULE}['"]`) },
    { what: 'fetch()', pattern: /(?<![\w.$])fetch\s*\(|\.fetch\s*\(/ },
    { what: 'eval()', pattern: /(?<![\w.$])eval\s*\(/ },
    { what: 'new Function()', pattern: /new\s+Function\s*\(/ },
  ];

  /**
   * Worker threads run inside lparlint's own process, and only its own script, which is found from
   * the package and never from an input: the batch check's pool (src/check/) may start them.
   */
  const WORKER_POOL = ['src/check/worker-checker.ts', 'src/check/worker.ts'];
  const workerThreadsImport = (line: string): boolean => /from\s*['"]node:worker_threads['"]/.test(line);

  /** Every line of `text` that holds a forbidden use, as `file:line: what: text`. */
  function forbiddenUses(file: string, text: string, allowed: (line: string) => boolean = () => false): string[] {
    const found: string[] = [];
    text.split('\n').forEach((line, index) => {
      for (const { what, pattern } of FORBIDDEN) {
        if (pattern.test(line) && !allowed(line)) found.push(`${file}:${index + 1}: ${what}: ${line.trim().slice(0, 120)}`);
      }
    });
    return found;
  }

  /** The source files of the tool: src/ and the rules (rules/*.ts run too). */
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(?:ts|js|mjs|cjs)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
  }

  it('the scan itself finds each forbidden use (so an empty result means something)', () => {
    checks += 1;
    const planted = [
      "import { exec } from 'node:child_process';",
      'const s = require("net");',
      "const h = await import('node:https');",
      "import dns from 'dns/promises';",
      'await fetch(url);',
      'eval(code);',
      'const f = new Function("return 1");',
    ];
    expect(planted.map((line) => forbiddenUses('planted.ts', line).length)).toEqual(planted.map(() => 1));
    expect(forbiddenUses('fine.ts', "import { readFile } from 'node:fs/promises'; prefetch(x); retrieval(y);")).toEqual([]);
  });

  it('src/ and rules/ import no network or process module and use no fetch, eval or new Function', () => {
    checks += 1;
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'rules'))];
    expect(files.length).toBeGreaterThan(50);
    const uses = (file: string): string[] => {
      const path = relative(ROOT, file).split(sep).join('/');
      return forbiddenUses(path, readFileSync(file, 'utf8'), WORKER_POOL.includes(path) ? workerThreadsImport : undefined);
    };
    expect(files.flatMap(uses)).toEqual([]);
  });

  it('the one-file bundle (dist/lparlint.mjs, when built) neither, except ajv compiling lparlint\'s own schemas', () => {
    const bundle = join(ROOT, 'dist/lparlint.mjs');
    if (!existsSync(bundle)) return;
    checks += 1;
    // ajv turns the JSON schemas shipped in schemas/ into validator functions with new Function;
    // the code it compiles comes from those schemas, never from a file being checked.
    const ajvCompile = (line: string): boolean => line.includes('const makeValidate = new Function(');
    expect(forbiddenUses('dist/lparlint.mjs', readFileSync(bundle, 'utf8'), (line) => ajvCompile(line) || workerThreadsImport(line))).toEqual([]);
  });
});

describe('lparlint writes only the files it fixes and the outputs it is given', () => {
  /** Every entry under `root`: a file as its content hash, a link as its target, a directory as "dir". */
  async function snapshot(root: string): Promise<Map<string, string>> {
    const tree = new Map<string, string>();
    for (const name of await readdir(root, { recursive: true })) {
      const path = join(root, name);
      const stat = await lstat(path);
      if (stat.isSymbolicLink()) tree.set(name, `link ${await readlink(path)}`);
      else if (stat.isDirectory()) tree.set(name, 'dir');
      else tree.set(name, createHash('sha256').update(await readFile(path)).digest('hex'));
    }
    return tree;
  }

  /** The paths added, removed or changed between two snapshots, sorted. */
  function changed(before: Map<string, string>, after: Map<string, string>): string[] {
    const paths = new Set([...before.keys(), ...after.keys()]);
    return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
  }

  it('check, check --fix, generate -o and diagnose in one folder', async () => {
    checks += 1;
    const profile01 = 'configfile/lpar05_on_physical_server_01.cfg';
    const cwd = await tempTree({
      'main.cf': EXAMPLE_MAIN_CF,
      'inventory.yaml': EXAMPLE_INVENTORY,
      [profile01]: fixture(`example/${profile01}`),
      'configfile/lpar05_on_physical_server_02.cfg': fixture('example/configfile/lpar05_on_physical_server_02.cfg'),
      'LPAR_A.log': fixture('example/LPAR_A.log'),
      'LPAR.txt': fixture('seed/lssyscfg-lpar-lpar05.txt'),
      'PROF.txt': fixture('seed/lssyscfg-prof-lpar05.txt'),
      'link-to-main.cf': { link: 'main.cf' },
    });
    const cluster = ['--main-cf', 'main.cf', '--inventory', 'inventory.yaml', '--path-map', '/configfile=configfile'];
    const steps: { argv: string[]; code: number; writes: string[] }[] = [
      { argv: ['check', ...cluster], code: 1, writes: [] },
      { argv: ['check', ...cluster, '--format', 'stylish', '--format', 'sarif:reports/lparlint.sarif'], code: 1, writes: ['reports', 'reports/lparlint.sarif'] },
      { argv: ['check', '--fix', profile01], code: 0, writes: [profile01] },
      { argv: ['generate', '--lpar', 'LPAR.txt', '--prof', 'PROF.txt', '-o', 'generated/lpar05.cfg'], code: 0, writes: ['generated', 'generated/lpar05.cfg'] },
      { argv: ['diagnose', 'LPAR_A.log', ...cluster], code: 1, writes: [] },
    ];
    for (const step of steps) {
      const before = await snapshot(cwd);
      const result = await runCli(step.argv, { cwd });
      expect({ argv: step.argv.join(' '), code: result.code }).toEqual({ argv: step.argv.join(' '), code: step.code });
      expect({ argv: step.argv.join(' '), changed: changed(before, await snapshot(cwd)) }).toEqual({ argv: step.argv.join(' '), changed: step.writes });
    }
  });
});

describe('a user regular expression with catastrophic backtracking is refused before use', () => {
  it('(a+)+$ in a --patterns file: exit 2, one line naming the pattern and why, and the log is never matched', async () => {
    checks += 1;
    const catalog = [
      'patterns:',
      '  - id: site-evil',
      '    category: hmc',
      '    description: A pattern that backtracks exponentially.',
      "    regex: '(a+)+$'",
      '    captures: {}',
      '    explainedBy: []',
      '    suggestion: Never shown.',
      '',
    ].join('\n');
    // Matched against this line, (a+)+$ would take about 2^40 steps: the run would never end.
    const log = `2024/03/05 10:15:42 VCS ERROR V-16-10011-22012 (lpar201) LPAR:lpar05_res:online:${'a'.repeat(40)}!\n`;
    const result = await runCli(['diagnose', 'LPAR_A.log', '--patterns', 'site.yaml'], { cwd: await tempTree({ 'LPAR_A.log': log, 'site.yaml': catalog }) });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(
      /^lparlint: --patterns site\.yaml:5:12: patterns\.0 \(site-evil\)\.regex could take too long on a long log line: \(a\+\)\+ repeats a group that holds the quantifier a\+: nested quantifiers can take exponential time .*\n$/,
    );
  });
});
