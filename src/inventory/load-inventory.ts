import { normalize } from 'node:path';
import type { Inventory, Located, ManagedSystem, Origin, PartitionRef } from '../cluster/model.js';
import { inFile, type InputIssue } from '../core/input-issue.js';
import type { Span } from '../core/span.js';
import { nearestNames } from '../lint/helpers/nearest-names.js';
import { explainReadError } from '../read/io-result.js';
import { parseData } from '../yaml/parse-data.js';
import { describeSchemaErrors } from '../yaml/schema-messages.js';
import { documentEntries } from './document-entries.js';
import { duplicatePartitions } from './duplicate-partitions.js';
import type { NodeEntry, PartitionEntry, ServerEntry } from './entries.js';
import { parseHmcOutput } from './hmc-output.js';
import { getInventorySchema } from './schema.js';
import { KNOWN_EXTENSIONS, serverOfHmcFile, sourceKind } from './source-kind.js';

/** An inventory file or HMC output file as read: its text, or what reading it threw. */
export type InventorySource =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly error: unknown };

type TextSource = Extract<InventorySource, { text: string }>;

export interface LoadedInventory {
  readonly inventory: Inventory;
  /** Every problem found, by file in the order the files were given, then by position. */
  readonly issues: readonly InputIssue[];
  /** The HMC output files that `hmcOutput:` entries name, resolved against their inventory file's folder. */
  readonly hmcOutputFiles: readonly string[];
}

interface InventoryDocument {
  readonly source: TextSource;
  readonly servers: readonly ServerEntry[];
  readonly nodes: readonly NodeEntry[];
}

const START: Span = { start: 0, end: 0 };

/**
 * Builds the inventory from its files: YAML or JSON inventories (`.yaml`, `.yml`, `.json`), saved
 * HMC output given directly (`<server>.txt` or `<server>.lpars`: the server's name is the file
 * name), and the HMC output files that inventories name with `hmcOutput:`. A pure function of the
 * texts, so that it can be tested without files; `readInventory` does the reading. Never throws:
 * what is wrong becomes a positioned issue, and the rest is still loaded. When a server or a node
 * is defined twice, the first definition counts.
 */
export function loadInventory(sources: readonly InventorySource[]): LoadedInventory {
  const issues: InputIssue[] = [];
  const documents = new Map<InventorySource, InventoryDocument>();
  for (const source of sources) {
    const document = readDocument(source, issues);
    if (document) documents.set(source, document);
  }
  const named = [...documents.values()].flatMap((d) => d.servers.flatMap((s) => (s.hmcOutput ? [s.hmcOutput.path] : [])));
  const hmcOutputFiles = [...new Set(named)];
  const referenced = new Set(hmcOutputFiles.map((path) => normalize(path)));
  const byPath = new Map(sources.map((source) => [normalize(source.path), source]));

  const servers = new Map<string, ManagedSystem>();
  const addServer = (server: ManagedSystem): void => {
    const first = servers.get(server.name);
    if (!first) servers.set(server.name, server);
    else issues.push({ ...server.origin, message: `server ${server.name} is also defined in ${first.origin.path}; expected each server once` });
  };
  for (const source of sources) {
    const document = documents.get(source);
    if (document) {
      for (const entry of document.servers) addServer(documentServer(document.source, entry, byPath, issues));
      continue;
    }
    // HMC output that an inventory names belongs to that inventory's server and is read there.
    if (referenced.has(normalize(source.path))) continue;
    const kind = sourceKind(source.path);
    if (!('text' in source)) {
      issues.push(unreadable(source.path, 'inventory file', source.error, START));
    } else if (kind === 'HMC') {
      addServer(hmcServer(serverOfHmcFile(source.path), { path: source.path, span: START }, source, issues));
    } else if (kind === undefined) {
      const message = `lparlint cannot tell what this inventory file holds; expected a name ending in ${KNOWN_EXTENSIONS.join(', ')}`;
      issues.push({ path: source.path, message, span: START });
    }
  }

  const nodes = nodeMap([...documents.values()], servers, issues);
  return { inventory: { servers: [...servers.values()], nodes }, issues: sortByFile(issues, sources), hmcOutputFiles };
}

/** Parses and validates a YAML or JSON inventory; undefined for other files and for unparsable ones. */
function readDocument(source: InventorySource, issues: InputIssue[]): InventoryDocument | undefined {
  const kind = sourceKind(source.path);
  if (!('text' in source) || (kind !== 'YAML' && kind !== 'JSON')) return undefined;
  const parsed = parseData(source.text, kind, 'an inventory');
  issues.push(...inFile(source.path, parsed.issues));
  if (parsed.data === undefined) return undefined;
  const schema = getInventorySchema();
  issues.push(...inFile(source.path, describeSchemaErrors(schema.validate(parsed.data), parsed.document, schema.root, 'the inventory')));
  return { source, ...documentEntries(source.path, parsed.document, parsed.data) };
}

/** A server of an inventory document: its partitions listed there, or in its HMC output file. */
function documentServer(
  source: TextSource,
  entry: ServerEntry,
  byPath: ReadonlyMap<string, InventorySource>,
  issues: InputIssue[],
): ManagedSystem {
  const origin = { path: source.path, span: entry.nameSpan };
  const region = entry.memoryRegionSize === undefined ? {} : { memoryRegionSize: entry.memoryRegionSize };
  if (!entry.hmcOutput) {
    const listed = [...entry.vioServers, ...entry.partitions];
    issues.push(...inFile(source.path, duplicatePartitions(entry.name, listed, source.text)));
    const vioServers = refs(source.path, entry.vioServers);
    return { name: entry.name, origin, ...region, vioServers, partitions: refs(source.path, entry.partitions) };
  }
  const { path, span } = entry.hmcOutput;
  const output = byPath.get(normalize(path));
  if (output && 'text' in output) return { ...hmcServer(entry.name, origin, output, issues), ...region };
  issues.push(
    output
      ? unreadable(source.path, `hmcOutput file ${path}`, output.error, span)
      : { path: source.path, message: `the hmcOutput file ${path} was not read; give it to lparlint with the inventory`, span },
  );
  return { name: entry.name, origin, ...region, vioServers: [], partitions: [] };
}

/** A server whose partitions come from saved HMC output. */
function hmcServer(name: string, origin: Origin, output: TextSource, issues: InputIssue[]): ManagedSystem {
  const parsed = parseHmcOutput(output.text, name);
  issues.push(...inFile(output.path, parsed.issues));
  issues.push(...inFile(output.path, duplicatePartitions(name, [...parsed.vioServers, ...parsed.partitions], output.text)));
  return { name, origin, vioServers: refs(output.path, parsed.vioServers), partitions: refs(output.path, parsed.partitions) };
}

function nodeMap(
  documents: readonly InventoryDocument[],
  servers: ReadonlyMap<string, ManagedSystem>,
  issues: InputIssue[],
): Inventory['nodes'] {
  const nodes = new Map<string, Located<string> & { readonly path: string }>();
  for (const { source, nodes: entries } of documents) {
    for (const entry of entries) {
      const first = nodes.get(entry.node);
      if (first) {
        const message = `node ${entry.node} is also mapped in ${first.path}; expected each node once`;
        issues.push({ path: source.path, message, span: entry.nodeSpan });
        continue;
      }
      nodes.set(entry.node, { value: entry.server, span: entry.serverSpan, path: source.path });
      if (!servers.has(entry.server)) issues.push(unknownServer(source.path, entry, [...servers.keys()]));
    }
  }
  return nodes;
}

function unknownServer(path: string, entry: NodeEntry, known: readonly string[]): InputIssue {
  const near = nearestNames(entry.server, known).names[0];
  const expected = known.length > 0 ? `one of: ${known.join(', ')}` : 'a server listed under servers or given as HMC output';
  return {
    path,
    message: `node ${entry.node} runs on ${entry.server}, which the inventory does not list${near ? ` (did you mean ${near}?)` : ''}; expected ${expected}`,
    span: entry.serverSpan,
  };
}

function refs(path: string, entries: readonly PartitionEntry[]): PartitionRef[] {
  return entries.map((entry) => ({ name: entry.name, id: entry.id, origin: { path, span: entry.nameSpan } }));
}

function unreadable(path: string, what: string, error: unknown, span: Span): InputIssue {
  // explainReadError words ENOENT for a file that was listed a moment ago; here the path is simply wrong.
  const missing = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  const reason = missing ? 'it does not exist' : explainReadError(error, 'file').reason;
  return { path, message: `cannot read the ${what}: ${reason}`, span };
}

function sortByFile(issues: readonly InputIssue[], sources: readonly InventorySource[]): InputIssue[] {
  const order = new Map(sources.map((source, i) => [normalize(source.path), i]));
  const rank = (issue: InputIssue): number => order.get(normalize(issue.path)) ?? sources.length;
  return [...issues].sort(
    (a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path) || a.span.start - b.span.start || a.span.end - b.span.end,
  );
}
