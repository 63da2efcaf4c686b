#!/usr/bin/env node
// Start-up cost: `lparlint check` of one file against `node -e 0`, the floor any Node.js program
// pays. Each run is a fresh process; the commands take turns so that a busy moment of the machine
// does not land on one of them only; the median of the runs counts.
//
//   npm run build && node bench/startup.mjs [--runs N]     (npm run bundle first to measure the bundle too)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ONE_FILE = 'fixtures/example/configfile/lpar05_on_physical_server_01.cfg';

const GNU_TIME = '/usr/bin/time';
const RSS_FILE = join(tmpdir(), `lparlint-bench-peak-rss-${process.pid}`);
// Without GNU time the child reports its own peak resident set size when it exits.
const REPORT_RSS = 'data:text/javascript,process.on("exit",()=>process.getBuiltinModule("node:fs")' +
  '.writeFileSync(process.env.BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))';

/**
 * Wall time (milliseconds) and peak memory (KiB) of one run of `node ...args`, with /usr/bin/time
 * where present. Exit codes 0 and 1 (findings) count as success; anything else throws.
 */
export function runOnce(args) {
  const useTime = existsSync(GNU_TIME);
  const [command, commandArgs] = useTime
    ? [GNU_TIME, ['-f', '%M', '-o', RSS_FILE, process.execPath, ...args]]
    : [process.execPath, ['--import', REPORT_RSS, ...args]];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, BENCH_RSS_FILE: RSS_FILE } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error || result.status === null || result.status > 1) throw new Error(`node ${args.join(' ')} failed (exit ${result.status})`);
  return { ms, peakKb: Number(readFileSync(RSS_FILE, 'utf8').trim().split('\n').pop()) };
}

/** The median wall time and peak memory of each command over `runs` turns, after one warm-up turn. */
export function medians(commands, runs) {
  const samples = commands.map(() => []);
  for (let turn = -1; turn < runs; turn++) {
    commands.forEach((command, i) => {
      const sample = runOnce(command.args);
      if (turn >= 0) samples[i].push(sample);
    });
  }
  return commands.map((command, i) => ({
    ...command,
    ms: median(samples[i].map((s) => s.ms)),
    peakKb: median(samples[i].map((s) => s.peakKb)),
  }));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main() {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 21;
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error('--runs needs a whole number, e.g. --runs 21');
  const cli = join(ROOT, 'dist/src/cli/bin.js');
  if (!existsSync(cli)) throw new Error('dist/src/cli/bin.js is missing: run npm run build first');
  const commands = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: `lparlint check ${ONE_FILE}`, args: [cli, 'check', ONE_FILE] },
  ];
  const bundle = join(ROOT, 'dist/lparlint.mjs');
  if (existsSync(bundle)) commands.push({ name: `node dist/lparlint.mjs check ${ONE_FILE}`, args: [bundle, 'check', ONE_FILE] });

  const results = medians(commands, runs);
  const floor = results[0].ms;
  console.log(`${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} CPUs), ${platform()} ${release()}, Node.js ${process.version}; median of ${runs} runs`);
  for (const r of results) console.log(`${r.ms.toFixed(0).padStart(6)} ms  ${(r.ms / floor).toFixed(2)}x  ${r.name}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
