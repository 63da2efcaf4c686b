import type { Fix, TextEdit } from '../src/core/diagnostic.js';
import type { ManagedSystem, PartitionRef } from '../src/cluster/model.js';
import { replace } from '../src/fix/edits.js';
import { byId, describeVioServers, foreignVioServer, mayServe, servingPartition, type ForeignVioServer } from '../src/lint/helpers/managed-system.js';
import type { FieldValue } from '../src/lint/helpers/list-items.js';
import { nearestNames } from '../src/lint/helpers/nearest-names.js';
import { serverOfNodeLabel } from '../src/lint/helpers/node-label.js';
import { remoteId, remotePartitionRefs, type RemotePartitionRef } from '../src/lint/helpers/remote-partitions.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * VIO server names differ per physical server, which is why VCS needs one ProfileFile per node
 * (vcs-lpar-agent.md §2.1); an adapter naming a partition the server does not have makes the HMC
 * refuse the profile (HSCL8012 "The partition named <name> was not found", hmc-attributes.md §4).
 */
export default defineRule({
  meta: {
    id: 'vios-name',
    description: "A client adapter's remote partition name must be a VIO server of the node's physical server.",
    severity: 'error',
    fixable: 'unsafe',
  },
  check(context) {
    const node = context.node;
    const server = node?.server;
    if (!node || !server) return;
    for (const ref of remotePartitionRefs(context.document)) {
      if (!ref.name) continue;
      const serving = servingPartition(server, ref);
      if (mayServe(serving, ref.kind)) continue;
      const where = serverOfNodeLabel(node, server.name);
      if (serving) {
        context.report({
          message: `${ref.label}: remote partition ${ref.name.text} is a partition of ${where}, but not a VIO server; ${ref.kind.label} client adapters are served by a VIO server: expected one of ${describeVioServers(server)}`,
          attribute: ref.entry.pair.key,
          span: ref.name.span,
          // Whether IBM i hosts vFC server adapters is UNCERTAIN (hmc-attributes.md §2.5).
          ...(ref.kind.otherHosts === 'uncertain' ? { severity: 'warning' as const } : {}),
          suggestion: `Name a VIO server of ${server.name}: ${describeVioServers(server)}.`,
        });
        continue;
      }
      const foreign = foreignVioServer(node, ref.name.text);
      const writtenFor = foreign
        ? `; ${ref.name.text} is a VIO server of ${foreign.server.name}${nodesOn(foreign.nodes)}: the file was written for ${foreign.nodes.length > 0 ? foreign.nodes.join(' or ') : 'that server'}, not for ${node.node}`
        : '';
      const target = counterpart(server, ref.name.text, foreign);
      context.report({
        message: `${ref.label}: remote partition ${ref.name.text} is not a VIO server of ${where}; expected one of ${describeVioServers(server)}${writtenFor}`,
        attribute: ref.entry.pair.key,
        span: ref.name.span,
        ...(target
          ? { fix: renameFix(ref, ref.name, target) }
          : { suggestion: `Name one of the VIO servers of ${server.name} (${describeVioServers(server)}), or update the inventory if ${ref.name.text} is new.` }),
      });
    }
  },
});

function nodesOn(nodes: readonly string[]): string {
  if (nodes.length === 0) return ' (no cluster node runs there)';
  return ` (${nodes.length === 1 ? 'node' : 'nodes'} ${nodes.join(', ')})`;
}

/**
 * The VIO server of this node's server that the adapter should name, when only one can be meant:
 * - the name is a VIO server of another server with as many VIO servers as this one: the VIO server
 *   at the same rank by partition ID (the pair of VIO servers of each server is numbered alike, e.g.
 *   IDs 2, 3 on one and 1, 2 on the other); with unequal counts nothing is assumed;
 * - the name is on no server: the one VIO server whose name is nearest (a typo or a case slip).
 */
function counterpart(server: ManagedSystem, name: string, foreign: ForeignVioServer | undefined): PartitionRef | undefined {
  if (foreign) {
    const theirs = byId(foreign.server.vioServers);
    const ours = byId(server.vioServers);
    return theirs.length === ours.length ? ours[theirs.indexOf(foreign.vios)] : undefined;
  }
  const nearest = nearestNames(name, server.vioServers.map((v) => v.name)).names;
  return nearest.length === 1 ? server.vioServers.find((v) => v.name === nearest[0]) : undefined;
}

/** Renames the remote partition, and sets the remote ID with it when the adapter gives another one. */
function renameFix(ref: RemotePartitionRef, name: FieldValue, target: PartitionRef): Fix {
  const edits: TextEdit[] = [replace(name.span, target.name)];
  const id = remoteId(ref);
  if (ref.id && id !== undefined && id !== target.id) edits.push(replace(ref.id.span, String(target.id)));
  const idNote = edits.length > 1 ? ` and remote partition ID ${id} with ${target.id}` : '';
  return {
    description: `replace ${name.text} with ${target.name}${idNote}; then check the remote slot, which is the VIO server's own`,
    safe: false,
    edits,
  };
}
