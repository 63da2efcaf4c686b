import { defineClusterRule } from '../src/lint/cluster-rule.js';

/** Passes on what the inventory reader found wrong in an inventory or saved HMC output file. */
export default defineClusterRule({
  meta: {
    id: 'inventory',
    description: 'An inventory file (YAML, JSON or saved lssyscfg output) is malformed or breaks schemas/inventory.schema.json.',
    severity: 'error',
  },
  check(context) {
    for (const issue of context.inventoryIssues) {
      context.report({ path: issue.path }, { message: issue.message, attribute: null, span: issue.span });
    }
  },
});
