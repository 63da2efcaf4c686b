import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, mulberry32 } from '../../bench/generate.mjs';

/**
 * The benchmark's workloads must be the same bytes on every run and machine, or two benchmark runs
 * measure different work. Small workloads here; the benchmark itself writes the large ones.
 */
const temp = mkdtempSync(join(tmpdir(), 'lparlint-bench-gen-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const SMALL = { files: 24, resources: 6, nodes: 4, logMb: 1 };

/** Every file under `dir` (relative path → contents), sorted by path. */
function snapshot(dir: string): Map<string, Buffer> {
  const names = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(join(dir, name)).isFile()).sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name))]));
}

async function generated(name: string, seed: number): Promise<Map<string, Buffer>> {
  const out = join(temp, name);
  await generate({ out, seed, ...SMALL });
  return snapshot(out);
}

describe('bench/generate.mjs', () => {
  it('writes the same bytes for the same seed', async () => {
    const first = await generated('a', 7);
    const second = await generated('b', 7);
    expect([...first.keys()]).toEqual([...second.keys()]);
    expect(first.size).toBe(SMALL.files + 3); // the profile files, main.cf, inventory.yaml, LPAR_A.log
    for (const [name, bytes] of first) expect(bytes.equals(second.get(name)!), name).toBe(true);
  });

  it('writes different profiles and logs for a different seed', async () => {
    const first = await generated('c', 7);
    const other = await generated('d', 8);
    expect(other.get('LPAR_A.log')!.equals(first.get('LPAR_A.log')!)).toBe(false);
    const differing = [...first.keys()].filter((name) => name.endsWith('.cfg') && !first.get(name)!.equals(other.get(name)!));
    expect(differing.length).toBeGreaterThan(SMALL.files / 2);
  });

  it('writes a log of at least the size asked, ending with a whole line', async () => {
    const log = (await generated('e', 3)).get('LPAR_A.log')!;
    expect(log.length).toBeGreaterThanOrEqual(SMALL.logMb * 1024 * 1024);
    expect(log.length).toBeLessThan(SMALL.logMb * 1024 * 1024 + 4096);
    expect(log.at(-1)).toBe(0x0a);
  });

  it('gives every LPAR resource of main.cf a ProfileFile per node that exists', async () => {
    const out = join(temp, 'f');
    await generate({ out, seed: 5, ...SMALL });
    const mainCf = readFileSync(join(out, 'main.cf'), 'utf8');
    const paths = [...mainCf.matchAll(/ProfileFile @\S+ = "\/configfile\/([^"]+)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(SMALL.resources * SMALL.nodes);
    for (const path of paths) expect(existsSync(join(out, 'configfile', path)), path).toBe(true);
    expect(mainCf.match(/^system /gm)).toHaveLength(SMALL.nodes);
  });

  it('writes dedicated and shared-processor partitions with 2 to 40 client adapters, some with faults', async () => {
    const files = [...(await generated('g', 11)).entries()].filter(([name]) => name.endsWith('.cfg')).map(([, bytes]) => bytes.toString('utf8'));
    expect(files.some((text) => text.includes('proc_mode=ded,'))).toBe(true);
    expect(files.some((text) => text.includes('proc_mode=shared,'))).toBe(true);
    for (const text of files) {
      const clients = text.match(/\/client\/|\/ETHERNET0\//g) ?? [];
      expect(clients.length).toBeGreaterThanOrEqual(2);
      expect(clients.length).toBeLessThanOrEqual(40);
    }
  });

  it('refuses more resources than the files can hold', async () => {
    await expect(generate({ out: join(temp, 'h'), files: 4, resources: 2, nodes: 4 })).rejects.toThrow(/needs at least 8 --files/);
  });

  it('has a PRNG that repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42), b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
