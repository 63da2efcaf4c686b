import type { NodeContext } from '../src/cluster/model.js';
import { describeVioServers, servingPartition } from '../src/lint/helpers/managed-system.js';
import { nodeLabel } from '../src/lint/helpers/node-label.js';
import { CLIENT_ADAPTER_KINDS, remotePartitionRefs, type RemotePartitionRef } from '../src/lint/helpers/remote-partitions.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

/** The disk paths: vSCSI and vFC clients are what MPIO spreads over two VIO servers. */
const DISK_KINDS = CLIENT_ADAPTER_KINDS.filter((k) => k.attribute === 'virtual_scsi_adapters' || k.attribute === 'virtual_fc_adapters');

/**
 * A dual-VIO-server setup is what lets a partition survive a VIO server outage; the LPAR agent is
 * documented to protect "against VIO server failure (multiple VIOS per system)" (vcs-lpar-agent.md
 * §1.1). A profile whose disk adapters all go through one VIO server loses its disks with that server.
 */
export default defineRule({
  meta: {
    id: 'vios-redundancy',
    description: 'All client vSCSI (or all client vFC) adapters go through one VIO server, so a VIO server outage takes their disks down.',
    severity: 'warning',
  },
  check(context) {
    const node = context.node;
    if (!node) return;
    // An adapter with neither remote name nor ID says nothing of its path (adapter-format's finding).
    const refs = remotePartitionRefs(context.document).filter((r) => r.name || r.id);
    for (const kind of DISK_KINDS) checkKind(context, node, refs.filter((r) => r.kind === kind));
  },
});

/**
 * With the inventory, one adapter is enough to warn when the server has two or more VIO servers.
 * Without it, the file itself must show the intent of several paths: two or more adapters, all
 * through the same VIO server. One adapter alone may be a deliberate single boot path.
 */
function checkKind(context: RuleContext, node: NodeContext, refs: readonly RemotePartitionRef[]): void {
  const first = refs[0];
  if (!first) return;
  const through = new Set(refs.map((r) => pathThrough(node, r)));
  const [only] = through;
  if (through.size !== 1 || only === undefined) return;
  const server = node.server;
  if (server ? server.vioServers.length < 2 : refs.length < 2) return;
  const count = refs.length === 1 ? `the only client ${first.kind.label} adapter goes` : `all ${refs.length} client ${first.kind.label} adapters go`;
  const has = server ? `, although ${server.name} has ${server.vioServers.length} VIO servers (${describeVioServers(server)})` : '';
  context.report({
    message: `${first.entry.pair.key}: ${count} through ${only}${has}; the LPAR loses all its ${first.kind.label} paths when ${only} is down (${nodeLabel(node)}); expected client adapters through two VIO servers`,
    attribute: first.entry.pair.key,
    span: first.entry.pair.span,
    suggestion: `Add a client adapter through a second VIO server${server ? ` of ${server.name}` : ''}, with its server adapter and mapping on that VIO server, so that the disks keep a path while ${only} is down.`,
  });
}

/** The VIO server an adapter goes through, as messages name it: by name, by the name its ID has on the server, or by ID. */
function pathThrough(node: NodeContext, ref: RemotePartitionRef): string {
  const serving = !ref.name && node.server ? servingPartition(node.server, ref) : undefined;
  const name = ref.name?.text ?? serving?.partition.name;
  return name === undefined ? `the partition with ID ${ref.id?.text ?? ''}` : `VIO server ${name}`;
}
