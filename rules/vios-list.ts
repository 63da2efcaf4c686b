import type { NodeContext } from '../src/cluster/model.js';
import type { Span } from '../src/core/span.js';
import { servingPartition } from '../src/lint/helpers/managed-system.js';
import { maincfVector } from '../src/lint/helpers/maincf-value.js';
import { nodeLabel } from '../src/lint/helpers/node-label.js';
import { remotePartitionRefs, type RemotePartitionRef } from '../src/lint/helpers/remote-partitions.js';
import { defineRule } from '../src/lint/rule.js';

/** One adapter's use of a VIO server, and where the file names it. */
interface ViosUse {
  readonly vios: string;
  readonly ref: RemotePartitionRef;
  readonly span: Span;
}

interface ViosUses {
  readonly uses: readonly ViosUse[];
  /** False when some adapter's server could not be told (unknown name or ID): then nothing is "unused". */
  readonly complete: boolean;
}

/**
 * VIOSName "must list all VIO servers servicing the LPAR"; "if any one listed VIOS is running, the
 * agent does not fail over" (vcs-lpar-agent.md §1.2, §4; Veritas InfoScale 7.3 Virtualization Guide
 * ch05s05). A missing one and a needless one both make failover on a VIO server outage go wrong.
 */
export default defineRule({
  meta: {
    id: 'vios-list',
    description: "VIOSName for the node must list exactly the VIO servers that the profile file's adapters use.",
    severity: 'warning',
  },
  check(context) {
    const node = context.node;
    const listed = node?.viosNames;
    if (!node || !listed) return;
    const { uses, complete } = viosUses(node, remotePartitionRefs(context.document));
    const used = [...new Set(uses.map((u) => u.vios))];
    const missing = used.filter((v) => !listed.includes(v));
    const unused = complete ? listed.filter((v) => !used.includes(v)) : [];
    const corrected = [...listed.filter((v) => !unused.includes(v)), ...missing];
    const suggestion = correctedLine(node, corrected);
    for (const vios of missing) {
      const [first, ...more] = uses.filter((u) => u.vios === vios);
      if (!first) continue;
      const others = more.length === 0 ? '' : ` and ${more.length} more adapter${more.length === 1 ? '' : 's'}`;
      context.report({
        message: `${first.ref.label}${others} use${others ? '' : 's'} VIO server ${vios}, which VIOSName of ${nodeLabel(node)} does not list (it lists ${listOf(listed)}); expected VIOSName to list every VIO server that serves the LPAR`,
        attribute: first.ref.entry.pair.key,
        span: first.span,
        suggestion,
      });
    }
    // Not a fault of one adapter: the finding goes on the first adapter list that names a VIO server.
    const anchor = uses[0]?.ref.entry.pair ?? context.document.pairs[0];
    if (unused.length === 0 || !anchor) return;
    context.report({
      message: `VIOSName of ${nodeLabel(node)} lists ${unused.join(', ')}, which no adapter of this file uses; expected only the VIO servers that serve the LPAR (${listOf(used)}): while a listed VIO server runs, VCS does not fail the LPAR over`,
      attribute: anchor.key,
      span: anchor.keySpan,
      suggestion,
    });
  },
});

/**
 * The VIO servers the adapters go through. With the inventory, names and IDs are looked up on the
 * node's server, and adapters served by other partitions (IBM i, serial connections) are not VIO
 * server uses. Without it, only the names of vSCSI, vFC and vNIC adapters count: those are served by
 * VIO servers, while a serial client may connect to any partition.
 */
function viosUses(node: NodeContext, refs: readonly RemotePartitionRef[]): ViosUses {
  const uses: ViosUse[] = [];
  let complete = true;
  for (const ref of refs) {
    const span = ref.name?.span ?? ref.id?.span;
    if (!span) continue;
    if (node.server) {
      const serving = servingPartition(node.server, ref);
      if (serving?.vios) uses.push({ vios: serving.partition.name, ref, span });
      else if (!serving) complete = false;
    } else if (ref.kind.attribute !== 'virtual_serial_adapters') {
      if (ref.name) uses.push({ vios: ref.name.text, ref, span });
      else complete = false;
    }
  }
  return { uses, complete };
}

function listOf(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

/** The VIOSName line to put in the resource's main.cf block: findings about main.cf are the cluster audit's. */
function correctedLine(node: NodeContext, names: readonly string[]): string {
  const where = node.resource === undefined ? 'In main.cf' : `In main.cf, resource ${node.resource}`;
  return `${where}: VIOSName@${node.node} = ${maincfVector(names)}`;
}
