import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { displayPath } from '../read/display-path.js';
import { InputError } from '../read/input-error.js';

/** The names a config file may have, in the order the README lists them. */
export const CONFIG_FILE_NAMES = ['lparlint.config.json', 'lparlint.config.yaml', '.lparlintrc.json', '.lparlintrc.yaml'] as const;

/**
 * The config file that applies in `cwd`: the one in the nearest folder, searching upward to the
 * root. Two in one folder is an InputError naming both, since picking one silently would leave the
 * user editing a file that has no effect. Undefined when there is none.
 */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  for (let folder = cwd; ; folder = dirname(folder)) {
    const found: string[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      if (await isFile(path)) found.push(path);
    }
    if (found.length > 1) {
      throw new InputError(`${found.map((path) => displayPath(cwd, path)).join(' and ')}: two config files in one folder; keep one of them (or name one with --config)`);
    }
    if (found[0] !== undefined) return found[0];
    if (dirname(folder) === folder) return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
