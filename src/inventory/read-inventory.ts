import { normalize } from 'node:path';
import { loadInventory, type InventorySource, type LoadedInventory } from './load-inventory.js';

/**
 * Reads the inventory files at `paths`, then the HMC output files that they name with
 * `hmcOutput:`, and loads them all. `readText` reads one file as text (the caller decides how:
 * the CLI's own reader, or a fake in tests); a file it cannot read becomes an issue, not a throw.
 */
export async function readInventory(
  paths: readonly string[],
  readText: (path: string) => Promise<string>,
): Promise<LoadedInventory> {
  const read = (path: string): Promise<InventorySource> =>
    readText(path).then(
      (text) => ({ path, text }),
      (error: unknown) => ({ path, error }),
    );
  const given = await Promise.all(paths.map(read));
  const loaded = loadInventory(given);
  // HMC output names no further files, so one more round reads everything.
  const known = new Set(paths.map((path) => normalize(path)));
  const named = loaded.hmcOutputFiles.filter((path) => !known.has(normalize(path)));
  if (named.length === 0) return loaded;
  return loadInventory([...given, ...(await Promise.all(named.map(read)))]);
}
