import type { ClusterInputs } from '../../src/cluster/audit.js';
import { readClusterConfig } from '../../src/cluster/from-maincf.js';
import { loadInventory } from '../../src/inventory/load-inventory.js';
import { where } from '../parse/maincf/where.js';

export const MAIN_CF = 'main.cf';
export const INVENTORY = 'inventory.yaml';

/**
 * The cluster as the CLI would read it, from in-memory texts: main.cf at `main.cf`, the inventory
 * at `inventory.yaml`. Either may be left out.
 */
export function clusterInputs(texts: { mainCf?: string; inventory?: string }): ClusterInputs {
  const sources = new Map<string, string>();
  let config: ClusterInputs['config'];
  let mainCfIssues: ClusterInputs['mainCfIssues'] = [];
  if (texts.mainCf !== undefined) {
    sources.set(MAIN_CF, texts.mainCf);
    const read = readClusterConfig(MAIN_CF, texts.mainCf);
    config = read.config;
    mainCfIssues = read.issues.map((issue) => ({ path: MAIN_CF, ...issue }));
  }
  let inventory: ClusterInputs['inventory'];
  let inventoryIssues: ClusterInputs['inventoryIssues'] = [];
  if (texts.inventory !== undefined) {
    sources.set(INVENTORY, texts.inventory);
    const loaded = loadInventory([{ path: INVENTORY, text: texts.inventory }]);
    inventory = loaded.inventory;
    inventoryIssues = loaded.issues;
  }
  return { ...(config ? { config } : {}), ...(inventory ? { inventory } : {}), mainCfIssues, inventoryIssues, sources };
}

/**
 * The range of `needle` in `text`, as `line:column-endLine:endColumn`: expectations then say what
 * they point at. With `context`, the needle's last occurrence in the first occurrence of `context`
 * (`rangeOf(text, '1', 'RemoveProfileOnOffline @lpar201 = 1')` is the value). Throws when the text
 * does not hold it.
 */
export function rangeOf(text: string, needle: string, context = needle): string {
  const around = text.indexOf(context);
  const inside = around < 0 ? -1 : context.lastIndexOf(needle);
  if (inside < 0) throw new Error(`${JSON.stringify(needle)} is not in ${JSON.stringify(context)} of the text`);
  const start = around + inside;
  return where(text, { start, end: start + needle.length });
}
