import { basename, extname } from 'node:path';
import type { DataFormat } from '../yaml/parse-data.js';

/** Extensions of saved HMC output given directly as an inventory file: `<server>.txt`, `<server>.lpars`. */
export const HMC_OUTPUT_EXTENSIONS = ['.txt', '.lpars'] as const;
const DOCUMENT_EXTENSIONS: Readonly<Record<string, DataFormat>> = { '.yaml': 'YAML', '.yml': 'YAML', '.json': 'JSON' };

/** What an inventory file holds, told by its extension; undefined for an extension lparlint does not read. */
export function sourceKind(path: string): DataFormat | 'HMC' | undefined {
  const extension = extname(path).toLowerCase();
  if ((HMC_OUTPUT_EXTENSIONS as readonly string[]).includes(extension)) return 'HMC';
  return DOCUMENT_EXTENSIONS[extension];
}

/** The server a directly given HMC output file is for: its file name without the extension. */
export function serverOfHmcFile(path: string): string {
  return basename(path, extname(path));
}

export const KNOWN_EXTENSIONS = [...Object.keys(DOCUMENT_EXTENSIONS), ...HMC_OUTPUT_EXTENSIONS];
