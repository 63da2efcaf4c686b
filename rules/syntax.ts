import { defineRule } from '../src/lint/rule.js';

/**
 * The parser reports what it cannot read as a configuration record (hmc-attributes.md §1.1: pairs
 * separated by commas, quotes as a toggle, `""` around list items) and reads on after it. The HMC
 * rejects such a record as a whole: "The format of the configuration data is invalid."
 */
export default defineRule({
  meta: {
    id: 'syntax',
    description: 'The record cannot be read as attribute=value pairs: unbalanced quotes, a pair without "=", stray commas.',
    severity: 'error',
  },
  check(context) {
    for (const issue of context.document.syntaxErrors) {
      context.report({ message: issue.message, attribute: issue.attribute, span: issue.span });
    }
  },
});
