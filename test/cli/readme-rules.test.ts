import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, CLUSTER_RULES, PROFILE_RULES } from '../../rules/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const rulesSection = readme.split(/^## Rules$/m)[1]?.split(/^## /m)[0] ?? '';

/** The rule table rows of a part of the README: `| \`id\` | severity | what it finds |`. */
function ruleRows(text: string): { id: string; severity: string; description: string }[] {
  return [...text.matchAll(/^\| `([a-z-]+)` \| (\w+) \| (.+) \|$/gm)].map((m) => ({ id: m[1]!, severity: m[2]!, description: m[3]! }));
}

/** The ids listed under one `### heading` of the "## Rules" section. */
function idsUnder(heading: string): string[] {
  const part = rulesSection.split(/^### /m).find((p) => p.startsWith(`${heading}\n`));
  return ruleRows(part ?? '').map((r) => r.id);
}

describe('README rule list', () => {
  it('lists every rule of ALL_RULES, in order, with its default severity and description', () => {
    expect(ruleRows(rulesSection)).toEqual(
      ALL_RULES.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description })),
    );
  });

  it('lists the per-file rules under profile and node rules, and the cluster rules under their own heading', () => {
    expect([...idsUnder('Profile rules'), ...idsUnder('Node rules')]).toEqual(PROFILE_RULES.map((r) => r.meta.id));
    expect(idsUnder('Cluster rules')).toEqual(CLUSTER_RULES.map((r) => r.meta.id));
  });
});
