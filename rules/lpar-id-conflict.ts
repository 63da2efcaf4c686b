import type { ManagedSystem } from '../src/cluster/model.js';
import { firstPair } from '../src/lint/helpers/first-pair.js';
import { allPartitions } from '../src/lint/helpers/managed-system.js';
import { serverOfNodeLabel } from '../src/lint/helpers/node-label.js';
import { numericAttribute } from '../src/lint/helpers/numeric-attribute.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * A partition ID is unique on a managed system; creating a partition with an ID another partition
 * holds fails, and with it the VCS online. `lpar_id` is optional on creation: the HMC then picks the
 * next free ID (hmc-attributes.md §2.1).
 */
export default defineRule({
  meta: {
    id: 'lpar-id-conflict',
    description: "The profile file's lpar_id must not belong to another partition on the node's physical server.",
    severity: 'error',
  },
  check(context) {
    const node = context.node;
    const server = node?.server;
    const lparId = numericAttribute(context, 'lpar_id');
    if (!node || !server || !lparId) return;
    // The file's own partition may already exist on the server (the inventory was taken before a migration).
    const own = firstPair(context.document, 'name')?.value ?? node.lparName;
    const holder = allPartitions(server).find((p) => p.id === lparId.value && p.name !== own);
    if (!holder) return;
    const what = server.vioServers.includes(holder) ? 'VIO server' : 'partition';
    context.report({
      message: `lpar_id ${lparId.pair.value} belongs to ${what} ${holder.name} on ${serverOfNodeLabel(node, server.name)}; expected an ID that no other partition of ${server.name} uses`,
      attribute: 'lpar_id',
      span: lparId.pair.valueSpan,
      suggestion: freeIdSuggestion(server, own),
    });
  },
});

/** The partition's own ID when the server already has it, else the lowest ID the inventory shows free. */
function freeIdSuggestion(server: ManagedSystem, own: string | undefined): string {
  const leaveOut = 'or leave lpar_id out: the HMC then picks the next free ID';
  const existing = allPartitions(server).find((p) => p.name === own);
  if (existing) return `${existing.name} has ID ${existing.id} on ${server.name}: use lpar_id=${existing.id}, ${leaveOut}.`;
  const taken = new Set(allPartitions(server).map((p) => p.id));
  let free = 1;
  while (taken.has(free)) free++;
  return `Use an ID that is free on ${server.name}, such as ${free} (the lowest the inventory shows free), ${leaveOut}.`;
}
