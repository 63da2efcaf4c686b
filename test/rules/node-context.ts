import type { ManagedSystem, NodeContext, PartitionRef } from '../../src/cluster/model.js';

/**
 * Hand-built cluster context for the node-context rules: two physical servers as in
 * fixtures/example (vio_server1/2 with IDs 2/3 on physical_server_01, vio_server3/4 with IDs 1/2
 * on physical_server_02), node lpar101 on the first, lpar201 on the second.
 */
const ORIGIN = { path: 'inventory.yaml', span: { start: 0, end: 0 } };

export function partition(name: string, id: number): PartitionRef {
  return { name, id, origin: ORIGIN };
}

export function managedSystem(
  name: string,
  vioServers: readonly PartitionRef[],
  partitions: readonly PartitionRef[] = [],
  memoryRegionSize?: number,
): ManagedSystem {
  return { name, origin: ORIGIN, vioServers, partitions, ...(memoryRegionSize !== undefined ? { memoryRegionSize } : {}) };
}

export const SERVER_01 = managedSystem(
  'physical_server_01',
  [partition('vio_server1', 2), partition('vio_server2', 3)],
  [partition('lpar05', 15), partition('lpar07', 17)],
  256,
);

const SERVER_02 = managedSystem('physical_server_02', [partition('vio_server3', 1), partition('vio_server4', 2)], [partition('lpar09', 15)], 256);

/** Node lpar101 on physical_server_01 for resource lpar05_res, with lpar201 on physical_server_02; `changes` override any part. */
export function node101(changes: Partial<NodeContext> = {}): NodeContext {
  return {
    node: 'lpar101',
    resource: 'lpar05_res',
    serverName: SERVER_01.name,
    server: SERVER_01,
    lparName: 'lpar05',
    viosNames: ['vio_server1', 'vio_server2'],
    otherServers: [{ server: SERVER_02, nodes: ['lpar201'] }],
    ...changes,
  };
}

/** Node lpar201 on physical_server_02, the other half of the example cluster. */
export function node201(changes: Partial<NodeContext> = {}): NodeContext {
  return node101({
    node: 'lpar201',
    serverName: SERVER_02.name,
    server: SERVER_02,
    viosNames: ['vio_server3', 'vio_server4'],
    otherServers: [{ server: SERVER_01, nodes: ['lpar101'] }],
    ...changes,
  });
}

/** A node known only by name: no main.cf resource, no inventory. */
export function bareNode(changes: Partial<NodeContext> = {}): NodeContext {
  return { node: 'lpar101', otherServers: [], ...changes };
}
