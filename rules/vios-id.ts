import type { ManagedSystem } from '../src/cluster/model.js';
import { replace } from '../src/fix/edits.js';
import { allPartitions, describeVioServers, mayServe, servingPartition } from '../src/lint/helpers/managed-system.js';
import { serverOfNodeLabel } from '../src/lint/helpers/node-label.js';
import { remoteId, remotePartitionRefs } from '../src/lint/helpers/remote-partitions.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * Partition IDs, like VIO server names, differ per physical server (vcs-lpar-agent.md §2.1: "adapter
 * IDs may differ"). A client adapter that gives both a name and an ID must give the pair of one
 * partition; one that gives only the ID must give a VIO server's ID on the node's server.
 */
export default defineRule({
  meta: {
    id: 'vios-id',
    description: "A client adapter's remote partition ID must be the ID of its VIO server on the node's physical server.",
    severity: 'error',
    fixable: 'unsafe',
  },
  check(context) {
    const node = context.node;
    const server = node?.server;
    if (!node || !server) return;
    for (const ref of remotePartitionRefs(context.document)) {
      const id = remoteId(ref);
      if (!ref.id || id === undefined) continue;
      const serving = servingPartition(server, ref);
      const where = serverOfNodeLabel(node, server.name);
      if (ref.name) {
        // A name that is not a VIO server of this server is vios-name's finding; the ID follows the name.
        if (!serving?.vios || serving.partition.id === id) continue;
        const vios = serving.partition;
        context.report({
          message: `${ref.label}: remote partition ID ${id}${holder(server, id)} is not the ID of ${vios.name}, which is ${vios.id} on ${where}; expected ${vios.id}`,
          attribute: ref.entry.pair.key,
          span: ref.id.span,
          fix: { description: `set the remote partition ID to ${vios.id}, the ID of ${vios.name}`, safe: false, edits: [replace(ref.id.span, String(vios.id))] },
        });
        continue;
      }
      if (mayServe(serving, ref.kind)) continue;
      const only = server.vioServers.length === 1 ? server.vioServers[0] : undefined;
      context.report({
        message: `${ref.label}: remote partition ID ${id}${holder(server, id)} is not the ID of a VIO server of ${where}; expected the ID of one of ${describeVioServers(server)}`,
        attribute: ref.entry.pair.key,
        span: ref.id.span,
        // Whether IBM i hosts vFC server adapters is UNCERTAIN (hmc-attributes.md §2.5).
        ...(serving && ref.kind.otherHosts === 'uncertain' ? { severity: 'warning' as const } : {}),
        ...(only
          ? { fix: { description: `set the remote partition ID to ${only.id}, the ID of ${only.name}, the only VIO server of ${server.name}`, safe: false, edits: [replace(ref.id.span, String(only.id))] } }
          : { suggestion: `Give the ID of the VIO server this adapter's server adapter is on (${describeVioServers(server)}), or also its name in the remote-lpar-name field.` }),
      });
    }
  },
});

/** ` (partition lpar07)` when the ID is another partition's on the server, so the message says what it points at. */
function holder(server: ManagedSystem, id: number): string {
  const partition = allPartitions(server).find((p) => p.id === id);
  return partition ? ` (${partition.name})` : '';
}
