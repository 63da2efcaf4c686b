import type { ClusterConfig, Inventory } from '../src/cluster/model.js';
import { defineClusterRule, type ClusterRuleContext } from '../src/lint/cluster-rule.js';

/**
 * Passes on what the inventory reader found wrong in an inventory or saved HMC output file, and
 * checks that main.cf and the inventory agree on each node's physical server: where they do not,
 * the node rules (vios-name, vios-id, lpar-id-conflict, memory-region) would judge the node's file
 * against the wrong server or silently skip it.
 */
export default defineClusterRule({
  meta: {
    id: 'inventory',
    description:
      "An inventory file (YAML, JSON or saved lssyscfg output) is malformed or breaks schemas/inventory.schema.json, or main.cf names a physical server the inventory does not know.",
    severity: 'error',
  },
  check(context) {
    for (const issue of context.inventoryIssues) {
      context.report({ path: issue.path }, { message: issue.message, attribute: null, span: issue.span });
    }
    if (context.config && context.inventory) checkPhysicalServers(context, context.config, context.inventory);
  },
});

function checkPhysicalServers(context: ClusterRuleContext, config: ClusterConfig, inventory: Inventory): void {
  const known = inventory.servers.map((s) => s.name);
  for (const system of config.systems) {
    const server = system.physicalServer;
    if (!server) continue;
    const mapped = inventory.nodes.get(system.name);
    if (mapped && mapped.value !== server.value) {
      context.report(
        { path: config.path },
        {
          message: `PhysicalServer of ${system.name} is ${server.value}, but the inventory (${mapped.path}) puts ${system.name} on ${mapped.value}; expected both to name the same server (lparlint follows main.cf)`,
          attribute: 'PhysicalServer',
          span: server.span,
          severity: 'warning',
          suggestion: `Correct whichever is wrong: hasys -modify ${system.name} PhysicalServer <server>, or the inventory's nodes entry.`,
        },
      );
    } else if (!known.includes(server.value)) {
      context.report(
        { path: config.path },
        {
          message: `PhysicalServer of ${system.name} is ${server.value}, which the inventory does not list (it has ${known.join(', ') || 'no servers'}); the checks against ${system.name}'s VIO servers and partitions are skipped`,
          attribute: 'PhysicalServer',
          span: server.span,
          severity: 'warning',
          suggestion: `Add ${server.value} to the inventory, or save its partitions with: lssyscfg -r lpar -m ${server.value} -F name,lpar_id,lpar_env`,
        },
      );
    }
  }
}
