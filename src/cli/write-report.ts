import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../read/input-error.js';

/** Writes a report to `--output-file` (given as the user wrote it), creating its folder; exit 2 when it cannot. */
export async function writeReport(given: string, cwd: string, text: string): Promise<void> {
  const absolute = resolve(cwd, given);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  } catch (error) {
    throw new InputError(`--output-file ${given}: cannot write the report: ${(error as Error).message}`);
  }
}
