import type { Formatter } from '../formatter.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

/** Every output format by its `--format` name; one file per format. */
export const FORMATTERS: ReadonlyMap<string, Formatter> = new Map([
  ['stylish', stylish],
  ['json', json],
]);

export const DEFAULT_FORMAT = 'stylish';
