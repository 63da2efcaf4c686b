import { defineClusterRule } from '../src/lint/cluster-rule.js';

/**
 * Passes on what the main.cf reader could not parse. hacf refuses such a file too, so VCS would not
 * start with it (vcs-lpar-agent.md §5, `hacf -verify`); lparlint reads on past each problem so the
 * rest of the cluster is still audited.
 */
export default defineClusterRule({
  meta: {
    id: 'main-cf-syntax',
    description: 'The VCS main.cf cannot be parsed: a bracket, string, "=" or keyword is missing or out of place.',
    severity: 'error',
  },
  check(context) {
    for (const issue of context.mainCfIssues) {
      context.report(
        { path: issue.path },
        {
          message: issue.message,
          attribute: null,
          span: issue.span,
          suggestion: 'Check the file with `hacf -verify <config-directory>` on a cluster node after correcting it.',
        },
      );
    }
  },
});
