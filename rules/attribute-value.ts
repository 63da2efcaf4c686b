import { defineRule } from '../src/lint/rule.js';

/**
 * The schema stage checks every scalar value against schemas/profile.schema.json and already turns
 * ajv's errors into positioned, plain-English issues; this rule reports the scalar ones. List items
 * (`kind: 'item'`) are the adapter rules' findings.
 */
export default defineRule({
  meta: {
    id: 'attribute-value',
    description: 'An attribute value is not one the HMC accepts (wrong type, unknown keyword or out of range).',
    severity: 'error',
  },
  check(context) {
    for (const issue of context.validation.issues) {
      if (issue.kind !== 'value') continue;
      context.report({ message: issue.message, attribute: issue.attribute, span: issue.span });
    }
  },
});
