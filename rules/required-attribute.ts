import type { Severity } from '../src/core/diagnostic.js';
import { appendPoint } from '../src/lint/helpers/append-point.js';
import { lssyscfgCommand } from '../src/lint/helpers/lssyscfg-command.js';
import { pairsByKey } from '../src/lint/helpers/pairs-by-key.js';
import { defineRule, type OptionsSchema } from '../src/lint/rule.js';

/** A missing profile_name has its own rule, which knows the usual cause (an unrenamed `name`). */
const OWNED_BY_PROFILE_NAME = 'profile_name';

/** The rule's options, in the shape `optionsSchema` checks. */
interface RequiredAttributeOptions {
  /** Attributes the site demands as well: missing ones are errors. */
  readonly add?: readonly string[];
  /** Attributes not to ask for, such as those an older HMC does not print. */
  readonly remove?: readonly string[];
}

const attributeNames = (what: string): OptionsSchema => ({
  type: 'array',
  description: what,
  items: {
    type: 'string',
    pattern: '^[a-z][a-z0-9_]*$',
    description: 'An attribute name as lssyscfg prints it, such as lpar_avail_priority.',
    'x-expected': 'an attribute name as lssyscfg prints it (lower case, digits and _), such as lpar_avail_priority',
  },
  'x-expected': 'a list of attribute names, such as [lpar_avail_priority, boot_mode]',
});

const OPTIONS_SCHEMA: OptionsSchema = {
  type: 'object',
  description: 'Adjusts the set of attributes the rule asks for.',
  properties: {
    add: attributeNames('Attributes the site demands as well; a missing one is an error, like the attributes partition creation needs.'),
    remove: attributeNames('Attributes not to ask for, such as those an older HMC does not print; remove wins over add.'),
  },
  additionalProperties: false,
  'x-expected': 'a mapping with add, remove or both, such as { add: [lpar_avail_priority], remove: [hca_adapters] }',
};

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
    optionsSchema: OPTIONS_SCHEMA,
  },
  check(context) {
    const { document, schema } = context;
    // The config was checked against OPTIONS_SCHEMA when it was read.
    const options = context.options as RequiredAttributeOptions;
    const removed = new Set(options.remove);
    const added = new Set((options.add ?? []).filter((name) => !removed.has(name)));
    const at = appendPoint(document);
    if (!at) return;
    const present = pairsByKey(document);
    const report = (name: string, severity: Severity, why: string): void => {
      if (present.has(name) || name === OWNED_BY_PROFILE_NAME || removed.has(name)) return;
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
    for (const name of added) {
      if (!schema.required.includes(name)) report(name, 'error', 'the lparlint configuration requires it (required-attribute option "add")');
    }
    for (const name of schema.recommended) {
      if (added.has(name)) continue;
      report(name, 'warning', 'the VCS procedure selects it, and without it the HMC applies its own default; ignore this if your HMC does not print it');
    }
  },
});
