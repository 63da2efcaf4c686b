import type { Severity } from '../src/core/diagnostic.js';
import { appendPoint } from '../src/lint/helpers/append-point.js';
import { lssyscfgCommand } from '../src/lint/helpers/lssyscfg-command.js';
import { pairsByKey } from '../src/lint/helpers/pairs-by-key.js';
import { defineRule } from '../src/lint/rule.js';

/** A missing profile_name has its own rule, which knows the usual cause (an unrenamed `name`). */
const OWNED_BY_PROFILE_NAME = 'profile_name';

/**
 * The schema's tiers (schemas/profile.schema.json `required` and `x-recommended`, reasons in its
 * `$comment`): required attributes are printed by every current HMC, so a missing one is a selection
 * mistake; recommended ones are the procedure's other fields, which the HMC defaults or which only
 * some hardware generations and HMC levels print (hca_adapters, lhea_* on POWER6/POWER7 only).
 */
export default defineRule({
  meta: {
    id: 'required-attribute',
    description: 'An attribute that partition creation needs, or that the VCS procedure lists, is missing.',
    severity: 'error',
  },
  check(context) {
    const { document, schema } = context;
    const at = appendPoint(document);
    if (!at) return;
    const present = pairsByKey(document);
    const report = (name: string, severity: Severity, why: string): void => {
      if (present.has(name) || name === OWNED_BY_PROFILE_NAME) return;
      const info = schema.attributes.get(name);
      context.report({
        message: `${name}${info ? ` (${info.expected})` : ''} is missing; ${why}`,
        attribute: name,
        span: at,
        severity,
        suggestion: `append ${name}=<value> to the end of the line${info ? `, copied from the output of ${lssyscfgCommand(info.source, document)}` : ''}`,
      });
    };
    for (const name of schema.required) report(name, 'error', 'partition creation needs it');
    for (const name of schema.recommended) {
      report(name, 'warning', 'the VCS procedure selects it, and without it the HMC applies its own default; ignore this if your HMC does not print it');
    }
  },
});
