import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ClusterInputs } from '../cluster/audit.js';
import { decodeProfile } from '../read/decode.js';
import { displayPath } from '../read/display-path.js';
import { InputError } from '../read/input-error.js';
import { explainReadError } from '../read/io-result.js';

export interface ClusterOptions {
  readonly mainCf?: string;
  readonly inventory: readonly string[];
}

/**
 * Reads `--main-cf` and `--inventory`. A file named on the command line that cannot be read stops
 * the run (exit 2): without it the audit would report nothing, which looks like success. What is
 * wrong inside the files comes back as issues, which the cluster rules report. The main.cf parser
 * and the inventory reader (with the YAML parser and ajv) are loaded only when their file is given.
 */
export async function loadClusterInputs(options: ClusterOptions, cwd: string): Promise<ClusterInputs> {
  const sources = new Map<string, string>();
  const readText = async (path: string): Promise<string> => {
    const text = decodeProfile(await readFile(resolve(cwd, path)));
    sources.set(path, text);
    return text;
  };
  const readGiven = async (option: string, path: string): Promise<string> => {
    try {
      return await readText(path);
    } catch (error) {
      throw new InputError(`${option} ${path}: cannot read it: ${explainReadError(error, 'file').reason}`);
    }
  };

  let config: ClusterInputs['config'];
  let mainCfIssues: ClusterInputs['mainCfIssues'] = [];
  if (options.mainCf !== undefined) {
    const path = displayPath(cwd, resolve(cwd, options.mainCf));
    const { readClusterConfig } = await import('../cluster/from-maincf.js');
    const read = readClusterConfig(path, await readGiven('--main-cf', path));
    config = read.config;
    mainCfIssues = read.issues.map((issue) => ({ path, ...issue }));
  }

  let inventory: ClusterInputs['inventory'];
  let inventoryIssues: ClusterInputs['inventoryIssues'] = [];
  if (options.inventory.length > 0) {
    const paths = options.inventory.map((p) => displayPath(cwd, resolve(cwd, p)));
    for (const path of paths) await readGiven('--inventory', path);
    const { readInventory } = await import('../inventory/read-inventory.js');
    const loaded = await readInventory(paths, (path) => (sources.has(path) ? Promise.resolve(sources.get(path)!) : readText(path)));
    inventory = loaded.inventory;
    inventoryIssues = loaded.issues;
    // A named HMC output file that could not be read has an issue but no text: report it at 1:1.
    for (const issue of inventoryIssues) if (!sources.has(issue.path)) sources.set(issue.path, '');
  }
  return {
    ...(config ? { config } : {}),
    ...(inventory ? { inventory } : {}),
    mainCfIssues,
    inventoryIssues,
    sources,
  };
}

/** The `--node` name, when main.cf or the inventory knows it; anything else is a usage error. */
export function knownNode(name: string, cluster: ClusterInputs): string {
  const nodes = new Set([...(cluster.config?.systems.map((s) => s.name) ?? []), ...(cluster.inventory?.nodes.keys() ?? [])]);
  if (!cluster.config && !cluster.inventory) {
    throw new InputError(`--node ${name}: give --inventory (or --main-cf) too, so lparlint knows the node's physical server and VIO servers`);
  }
  if (!nodes.has(name)) {
    throw new InputError(`--node ${name}: not a node of ${cluster.config ? 'main.cf' : 'the inventory'}; the nodes are: ${[...nodes].join(', ') || 'none'}`);
  }
  return name;
}
