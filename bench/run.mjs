#!/usr/bin/env node
// The benchmark of issue 8: each scenario beside its floor, the least any Node.js program doing the
// same input work pays, as medians over several runs, each in a fresh process (see startup.mjs).
//
//   npm run bench                       build, then the full run (1 GB log, up to 100,000 files: long)
//   node bench/run.mjs --quick          scaled down (100 and 1,000 files, 50 MB log): under a minute
//   node bench/run.mjs [--runs N] [--work DIR]
//
// Workloads come from generate.mjs with a fixed seed, under --work (default: a folder in the system
// temporary directory, kept so that the next run reuses them). Prints a table and writes the same
// as bench/results.json.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generate, profileFileName } from './generate.mjs';
import { medians, ROOT } from './startup.mjs';

const SEED = 20240305;
const NODES = 4;
const CLI = join(ROOT, 'dist/src/cli/bin.js');
const BUNDLE = join(ROOT, 'dist/lparlint.mjs');

// The floors: plain scripts that only read the same files, or only stream the same log.
const READ_FILES = `import { readdirSync, readFileSync } from 'node:fs'; import { join } from 'node:path';
for (const name of readdirSync(process.argv[1], { recursive: true })) if (name.endsWith('.cfg')) readFileSync(join(process.argv[1], name), 'utf8');`;
const STREAM_LOG = `import { createReadStream } from 'node:fs'; for await (const chunk of createReadStream(process.argv[1], { encoding: 'utf8' })) chunk.length;`;
const floorScript = (script, path) => ['--input-type=module', '-e', script, path];

const FULL = { batches: [1_000, 10_000, 100_000], clusterResources: 1_000, logMb: 1024, runs: 5 };
const QUICK = { batches: [100, 1_000], clusterResources: 250, logMb: 50, runs: 3 };

function parseArgs(argv) {
  const options = { quick: false, runs: undefined, work: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') options.quick = true;
    else if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--work') options.work = argv[++i];
    else throw new Error(`unknown option ${argv[i]}; usage: node bench/run.mjs [--quick] [--runs N] [--work DIR]`);
  }
  if (options.runs !== undefined && !(Number.isInteger(options.runs) && options.runs > 0)) throw new Error('--runs needs a whole number, e.g. --runs 5');
  return options;
}

/** Generates a workload once; a marker file says it is complete, so that a stopped run regenerates it. */
async function workload(work, name, options) {
  const out = join(work, name);
  const done = join(out, '.complete');
  if (!existsSync(done)) {
    console.error(`generating ${name} ...`);
    await generate({ out, seed: SEED, nodes: NODES, ...options });
    writeFileSync(done, '');
  }
  return out;
}

function bytesUnder(dir) {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true })) if (name.endsWith('.cfg')) total += statSync(join(dir, name)).size;
  return total;
}

/** The scenarios, each with its floor command and how much input it reads. */
async function scenarios(scale, work) {
  const list = [];
  const clusterFiles = scale.clusterResources * NODES;
  const dirs = new Map();
  for (const files of new Set([...scale.batches, clusterFiles])) {
    dirs.set(files, await workload(work, `files-${files}`, { files, resources: files / NODES, logMb: files === clusterFiles ? scale.logMb : 0 }));
  }
  const first = dirs.get(scale.batches[0]);
  const oneFile = join(first, 'configfile', profileFileName(0, 0));
  const single = { floorName: 'node -e 0', floor: ['-e', '0'], files: 1, bytes: statSync(oneFile).size };
  list.push({ id: 'single', name: 'check one.cfg', args: [CLI, 'check', oneFile], ...single });
  if (existsSync(BUNDLE)) list.push({ id: 'single-bundle', name: 'check one.cfg (bundle)', args: [BUNDLE, 'check', oneFile], ...single });
  for (const files of scale.batches) {
    const configs = join(dirs.get(files), 'configfile');
    list.push({ id: `batch-${files}`, name: `check ${files} files`, args: [CLI, 'check', configs], floorName: 'read the files', floor: floorScript(READ_FILES, configs), files, bytes: bytesUnder(configs) });
  }
  const cluster = dirs.get(clusterFiles);
  const configs = join(cluster, 'configfile');
  list.push({
    id: 'cluster',
    name: `main.cf audit, ${scale.clusterResources} resources on ${NODES} nodes`,
    args: [CLI, 'check', '--main-cf', join(cluster, 'main.cf'), '--inventory', join(cluster, 'inventory.yaml'), '--path-map', `/configfile=${configs}`],
    floorName: `check ${clusterFiles} files`, floor: [CLI, 'check', configs], files: clusterFiles, bytes: bytesUnder(configs),
  });
  const log = join(cluster, 'LPAR_A.log');
  list.push({
    id: 'diagnose',
    name: `diagnose ${scale.logMb} MB log`,
    args: [CLI, 'diagnose', log, '--main-cf', join(cluster, 'main.cf'), '--inventory', join(cluster, 'inventory.yaml'), '--path-map', `/configfile=${configs}`],
    floorName: 'stream the log', floor: floorScript(STREAM_LOG, log), files: null, bytes: statSync(log).size,
  });
  return list;
}

/** Runs a scenario and its floor turn about, so that a busy moment of the machine hits both alike. */
function measure(scenario, runs) {
  const [tool, floor] = medians([{ args: scenario.args }, { args: scenario.floor }], runs);
  const seconds = tool.ms / 1000;
  return {
    id: scenario.id,
    scenario: scenario.name,
    ms: Math.round(tool.ms),
    filesPerSecond: scenario.files === null ? null : Math.round(scenario.files / seconds),
    mbPerSecond: Number((scenario.bytes / 1048576 / seconds).toFixed(1)),
    peakMb: Number((tool.peakKb / 1024).toFixed(1)),
    floor: scenario.floorName,
    floorMs: Math.round(floor.ms),
    floorPeakMb: Number((floor.peakKb / 1024).toFixed(1)),
    ratio: Number((tool.ms / floor.ms).toFixed(2)),
  };
}

/**
 * The targets of issue 8, checked on this run's rows. A quick run has no 10,000-file batch: its
 * batch targets apply to its largest batch, and linearity compares it with the batch ten times smaller.
 */
function targets(rows, scale) {
  const row = (id) => rows.find((r) => r.id === id);
  const largest = scale.batches.at(-1);
  const tenth = scale.batches.find((n) => n * 10 === largest);
  const ratioBatch = scale.batches.includes(10_000) ? 10_000 : largest;
  const list = [
    { target: 'check one.cfg within 1.6x node -e 0', value: row('single').ratio, limit: 1.6 },
    { target: `check ${ratioBatch} files within 3x reading them`, value: row(`batch-${ratioBatch}`).ratio, limit: 3 },
    { target: `check ${largest} files under 200 MB peak`, value: row(`batch-${largest}`).peakMb, limit: 200 },
    { target: 'main.cf audit under 2x the batch of its files', value: row('cluster').ratio, limit: 2 },
    { target: 'diagnose within 3x streaming the log', value: row('diagnose').ratio, limit: 3 },
    { target: 'diagnose under 150 MB peak', value: row('diagnose').peakMb, limit: 150 },
  ];
  if (tenth) {
    const linear = Number((row(`batch-${largest}`).ms / row(`batch-${tenth}`).ms).toFixed(2));
    list.splice(3, 0, { target: `check ${largest} files within 11x ${tenth} files`, value: linear, limit: 11 });
  }
  return list.map((t) => ({ ...t, met: t.value <= t.limit }));
}

function table(rows) {
  const header = ['scenario', 'ms', 'files/s', 'MB/s', 'peak MB', 'floor', 'floor ms', 'ratio'];
  const cells = rows.map((r) => [r.scenario, r.ms, r.filesPerSecond ?? '-', r.mbPerSecond, r.peakMb, r.floor, r.floorMs, `${r.ratio.toFixed(2)}x`].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((v, i) => (i === 0 || i === 5 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 || i === 5 ? `${'-'.repeat(w + 2)}|` : `${'-'.repeat(w + 1)}:|`)).join('')}`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const scale = options.quick ? QUICK : FULL;
  const runs = options.runs ?? scale.runs;
  if (!existsSync(CLI)) throw new Error('dist/src/cli/bin.js is missing: run npm run build first');
  const work = options.work ?? join(tmpdir(), `lparlint-bench-${options.quick ? 'quick' : 'full'}`);
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB), ${platform()} ${release()}, Node.js ${process.version}`;
  const rows = [];
  for (const scenario of await scenarios(scale, work)) {
    console.error(`measuring ${scenario.name} ...`);
    rows.push(measure(scenario, runs));
  }
  console.log(`${machine}; ${options.quick ? 'quick run' : 'full run'}, median of ${runs} runs; ratio = time / floor time`);
  console.log(table(rows));
  const checked = targets(rows, scale);
  for (const t of checked) console.log(`${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.value}`);
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ machine, quick: options.quick, runs, seed: SEED, results: rows, targets: checked }, null, 2)}\n`);
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 2;
}
