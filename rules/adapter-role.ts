import type { Severity } from '../src/core/diagnostic.js';
import { replace } from '../src/fix/edits.js';
import { firstPair } from '../src/lint/helpers/first-pair.js';
import { describeItem, fieldValue, listEntries } from '../src/lint/helpers/list-items.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

const LPAR_ENVS = ['aixlinux', 'vioserver', 'os400'];

interface ServerRule {
  readonly attribute: string;
  readonly kind: string;
  /** The lpar_env values that may host the server side. */
  readonly hosts: readonly string[];
  /** lpar_env values whose hosting is UNCERTAIN: a warning, not an error. */
  readonly uncertain: readonly string[];
}

/**
 * hmc-attributes.md §2.5, §2.6 item 7. vSCSI: "Virtual SCSI server adapters can be created only in
 * logical partitions of type IBM i and Virtual I/O Server" (IBM doc). vFC servers belong on VIOS;
 * whether IBM i hosts them is UNCERTAIN, so os400 gets a warning only.
 */
const SERVER_RULES: readonly ServerRule[] = [
  { attribute: 'virtual_scsi_adapters', kind: 'virtual SCSI', hosts: ['vioserver', 'os400'], uncertain: [] },
  { attribute: 'virtual_fc_adapters', kind: 'virtual Fibre Channel', hosts: ['vioserver'], uncertain: ['os400'] },
];

export default defineRule({
  meta: {
    id: 'adapter-role',
    description:
      'Server vSCSI/vFC adapters and trunk Ethernet adapters belong only on partitions that can host them (VIO server, IBM i).',
    severity: 'error',
    fixable: 'unsafe',
  },
  check(context) {
    const env = firstPair(context.document, 'lpar_env')?.value;
    if (env === undefined || !LPAR_ENVS.includes(env)) return;
    for (const rule of SERVER_RULES) checkServers(context, rule, env);
    if (env !== 'vioserver') checkTrunks(context, env);
  },
});

function checkServers(context: RuleContext, rule: ServerRule, env: string): void {
  if (rule.hosts.includes(env)) return;
  const severity: Severity = rule.uncertain.includes(env) ? 'warning' : 'error';
  for (const entry of listEntries(context.document, [rule.attribute])) {
    const role = fieldValue(entry, 'role');
    if (role?.text !== 'server') continue;
    context.report({
      message: `${describeItem(entry)} is a server adapter, but lpar_env is ${env}; ${rule.kind} server adapters belong on partitions with lpar_env ${rule.hosts.join(' or ')}`,
      attribute: rule.attribute,
      span: role.span,
      severity,
      suggestion: `Make it a client adapter (slot/client/<VIO server ID>/<VIO server name>/<VIO server slot>/...) and define the server adapter in the VIO server's profile; or check lpar_env.`,
    });
  }
}

/** A trunk adapter bridges a VLAN to the physical network: only a VIO server does that (powercampus). */
function checkTrunks(context: RuleContext, env: string): void {
  for (const entry of listEntries(context.document, ['virtual_eth_adapters'])) {
    const trunk = fieldValue(entry, 'trunkPriority');
    if (!trunk || !/^\d+$/.test(trunk.text) || Number(trunk.text) === 0) continue;
    context.report({
      message: `${describeItem(entry)} has trunk-priority ${trunk.text}, but lpar_env is ${env}; only a VIO server (vioserver) may have trunk adapters; expected 0`,
      attribute: 'virtual_eth_adapters',
      span: trunk.span,
      fix: { description: 'Set trunk-priority to 0 (not a trunk adapter)', safe: false, edits: [replace(trunk.span, '0')] },
    });
  }
}
