import type { CatalogSource, LoadedPatternCatalog } from './catalog.js';
import { loadPatternCatalog } from './load-catalog.js';

/**
 * Reads the user's catalog files at `paths` and loads them with the built-in catalog. `readText`
 * reads one file as text (the CLI's reader, or a fake in tests); a file it cannot read becomes an
 * issue, not a throw.
 */
export async function readPatternCatalog(
  paths: readonly string[],
  readText: (path: string) => Promise<string>,
): Promise<LoadedPatternCatalog> {
  const sources = await Promise.all(
    paths.map((path) =>
      readText(path).then(
        (text): CatalogSource => ({ path, text }),
        (error: unknown): CatalogSource => ({ path, error }),
      ),
    ),
  );
  return loadPatternCatalog(sources);
}
