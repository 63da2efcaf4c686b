import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The rows of the table under the README's "## Rules" heading: `| \`id\` | severity | what it finds |`. */
function readmeRuleRows(): { id: string; severity: string; description: string }[] {
  const section = readme.split(/^## Rules$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([a-z-]+)` \| (\w+) \| (.+) \|$/gm)].map((m) => ({ id: m[1]!, severity: m[2]!, description: m[3]! }));
}

describe('README rule list', () => {
  it('lists every rule of ALL_RULES, in order, with its default severity and description', () => {
    expect(readmeRuleRows()).toEqual(
      ALL_RULES.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description })),
    );
  });
});
