import { dirname, isAbsolute, join } from 'node:path';
import type { Document } from 'yaml';
import type { NodeEntry, PartitionEntry, ServerEntry } from './entries.js';
import { keyOrValue, locate, valueOrKey } from '../yaml/locate.js';

/**
 * The servers and nodes of the parsed inventory file at `path`. Only well-formed entries are
 * taken: what the schema rejected is reported there and left out here, so that one typo costs one
 * issue, not a cascade of findings about a server that seems to have no VIO servers.
 */
export function documentEntries(
  path: string,
  document: Document.Parsed,
  data: unknown,
): { servers: ServerEntry[]; nodes: NodeEntry[] } {
  const root = asMapping(data);
  const servers = Object.entries(asMapping(root?.['servers']) ?? {}).flatMap(([name, value]) => {
    const server = asMapping(value);
    return server ? [serverEntry(path, document, name, server)] : [];
  });
  const nodes = Object.entries(asMapping(root?.['nodes']) ?? {}).flatMap(([node, server]): NodeEntry[] => {
    if (typeof server !== 'string') return [];
    const place = locate(document, ['nodes', node]);
    return [{ node, nodeSpan: keyOrValue(place), server, serverSpan: valueOrKey(place) }];
  });
  return { servers, nodes };
}

function serverEntry(path: string, document: Document.Parsed, name: string, server: Record<string, unknown>): ServerEntry {
  const at = ['servers', name];
  const { memoryRegionSize, hmcOutput } = server;
  return {
    name,
    nameSpan: keyOrValue(locate(document, at)),
    ...(isPositiveInteger(memoryRegionSize) ? { memoryRegionSize } : {}),
    ...(typeof hmcOutput === 'string' && hmcOutput !== ''
      ? { hmcOutput: { path: besideFile(path, hmcOutput), span: valueOrKey(locate(document, [...at, 'hmcOutput'])) } }
      : {}),
    vioServers: partitionEntries(document, [...at, 'vioServers'], server['vioServers']),
    partitions: partitionEntries(document, [...at, 'partitions'], server['partitions']),
  };
}

function partitionEntries(document: Document.Parsed, at: readonly string[], value: unknown): PartitionEntry[] {
  return Object.entries(asMapping(value) ?? {}).flatMap(([name, id]): PartitionEntry[] => {
    if (!isPositiveInteger(id)) return [];
    const place = locate(document, [...at, name]);
    return [{ name, id, nameSpan: keyOrValue(place), idSpan: valueOrKey(place) }];
  });
}

/** Partition ids and memory region sizes are whole numbers from 1 (the schema's `minimum: 1`). */
function isPositiveInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1;
}

function asMapping(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** `hmcOutput:` paths are relative to the inventory file that names them, as an admin would expect. */
function besideFile(inventoryPath: string, path: string): string {
  return isAbsolute(path) ? path : join(dirname(inventoryPath), path);
}
