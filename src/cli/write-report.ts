import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../read/input-error.js';

/**
 * Writes a report to a file (given as the user wrote it), creating its folder; exit 2 when it
 * cannot. `option` is how the user asked for the file, for the message.
 */
export async function writeReport(given: string, cwd: string, text: string, option = `--output-file ${given}`): Promise<void> {
  const absolute = resolve(cwd, given);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  } catch (error) {
    throw new InputError(`${option}: cannot write the report: ${(error as Error).message}`);
  }
}
