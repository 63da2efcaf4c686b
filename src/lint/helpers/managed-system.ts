import type { ManagedSystem, NodeContext, PartitionRef } from '../../cluster/model.js';
import { remoteId, type ClientAdapterKind, type RemotePartitionRef } from './remote-partitions.js';

/** A partition of a managed system that an adapter points at, and whether it is a VIO server. */
export interface ServingPartition {
  readonly partition: PartitionRef;
  readonly vios: boolean;
}

/**
 * The partition of `server` that serves an adapter: looked up by the remote name when the adapter
 * gives one (vios-id then checks the ID against that partition), else by the remote ID. Names are
 * compared exactly, as the HMC stores them.
 */
export function servingPartition(server: ManagedSystem, ref: RemotePartitionRef): ServingPartition | undefined {
  const id = remoteId(ref);
  if (!ref.name && id === undefined) return undefined;
  const matches = (p: PartitionRef): boolean => (ref.name ? p.name === ref.name.text : p.id === id);
  const vios = server.vioServers.find(matches);
  if (vios) return { partition: vios, vios: true };
  const other = server.partitions.find(matches);
  return other ? { partition: other, vios: false } : undefined;
}

/** True when the partition may serve the adapter: a VIO server, or another partition where the kind accepts one. */
export function mayServe(serving: ServingPartition | undefined, kind: ClientAdapterKind): boolean {
  return serving !== undefined && (serving.vios || kind.otherHosts === 'accepted');
}

/** Every partition of the server, VIO servers first. */
export function allPartitions(server: ManagedSystem): PartitionRef[] {
  return [...server.vioServers, ...server.partitions];
}

/** `vio_server1 (ID 2), vio_server2 (ID 3)`, by ID; says so when the inventory lists none. */
export function describeVioServers(server: ManagedSystem): string {
  const list = byId(server.vioServers).map((v) => `${v.name} (ID ${v.id})`);
  return list.length > 0 ? list.join(', ') : 'none in the inventory';
}

/** VIO servers ordered by partition ID: the order in which two servers' VIO servers correspond. */
export function byId(partitions: readonly PartitionRef[]): PartitionRef[] {
  return [...partitions].sort((a, b) => a.id - b.id);
}

/** Another known server on which `name` is a VIO server, with the nodes on it. */
export interface ForeignVioServer {
  readonly server: ManagedSystem;
  readonly nodes: readonly string[];
  readonly vios: PartitionRef;
}

/** Where else `name` is a VIO server: the sign that a file was written for another node. */
export function foreignVioServer(node: NodeContext, name: string): ForeignVioServer | undefined {
  for (const other of node.otherServers) {
    const vios = other.server.vioServers.find((v) => v.name === name);
    if (vios) return { ...other, vios };
  }
  return undefined;
}
