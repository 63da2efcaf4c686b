import { readFileSync } from 'node:fs';
import { LineIndex, type Span } from '../../../src/core/span.js';

/** A span as `line:column-endLine:endColumn` (1-based, end exclusive), so expectations read like an editor. */
export function where(source: string, span: Span): string {
  const r = new LineIndex(source).range(span);
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
}

/** Each issue as `position message`. */
export function issuesAt(source: string, issues: readonly { message: string; span: Span }[]): string[] {
  return issues.map((i) => `${where(source, i.span)} ${i.message}`);
}

export function maincfFixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/maincf/${name}`, import.meta.url), 'utf8');
}
