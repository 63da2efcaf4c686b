import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';

const HEADINGS = ['## What it finds', '## Why it matters', '## Examples', '## How to fix', '## When to relax it', '## Sources'];
const rulesDir = new URL('../../rules/', import.meta.url);

/** Every rule has a doc beside it whose title is its id and whose sections come in one order. */
describe('rule docs', () => {
  for (const rule of ALL_RULES) {
    it(`${rule.meta.id} has a complete doc`, () => {
      const doc = readFileSync(new URL(`${rule.meta.id}.md`, rulesDir), 'utf8');
      expect(doc.split('\n')[0]).toBe(`# ${rule.meta.id}`);
      expect(doc).toContain(rule.meta.description);
      expect(doc).toContain(`Default severity: ${rule.meta.severity}.`);
      const found = doc.split('\n').filter((l) => l.startsWith('## '));
      expect(found).toEqual(HEADINGS);
    });
  }

  it('every doc and every rule file belongs to a registered rule', () => {
    const ids = new Set(ALL_RULES.map((r) => r.meta.id));
    // rules/ also holds data that is no rule, such as the log pattern catalog (log-patterns.json).
    const files = readdirSync(rulesDir).filter((f) => f !== 'index.ts' && /\.(md|ts)$/.test(f));
    for (const f of files) expect(ids.has(f.replace(/\.(md|ts)$/, ''))).toBe(true);
    expect(files.length).toBe(ids.size * 2);
  });

  it('rule ids are unique kebab-case', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
