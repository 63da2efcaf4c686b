import type { Formatter } from '../formatter.js';

/**
 * Every output format by its `--format` name; one file per format. Each entry loads its module
 * when the format is chosen, so a run does not pay at start-up for the writers it does not use
 * (the SARIF writer, the XML of JUnit).
 */
export const FORMATTERS: ReadonlyMap<string, () => Promise<Formatter>> = new Map([
  ['stylish', async () => (await import('./stylish.js')).stylish],
  ['json', async () => (await import('./json.js')).json],
  ['sarif', async () => (await import('./sarif.js')).sarif],
  ['junit', async () => (await import('./junit.js')).junit],
  ['github', async () => (await import('./github.js')).github],
  ['compact', async () => (await import('./compact.js')).compact],
  ['html', async () => (await import('./html.js')).html],
]);

export const DEFAULT_FORMAT = 'stylish';
