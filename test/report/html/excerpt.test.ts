import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/span.js';
import { excerptHtml } from '../../../src/report/html/excerpt.js';

const range = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });

describe('excerptHtml', () => {
  it('marks the range in its line', () => {
    expect(excerptHtml(new LineIndex('a=1\nname=<b>,x=2\n'), range(2, 6, 2, 9))).toBe('<pre class="excerpt">name=<mark>&lt;b&gt;</mark>,x=2</pre>');
  });

  it('cuts a long line around the range, as the terminal report does', () => {
    const line = `${'a'.repeat(200)}TARGET${'b'.repeat(200)}`;
    const html = excerptHtml(new LineIndex(line), range(1, 201, 1, 207));
    expect(html).toMatch(/^<pre class="excerpt">…a+<mark>TARGET<\/mark>b+…<\/pre>$/);
    expect(html.length).toBeLessThan(200);
  });

  it('marks a range over several lines to the end of its first, and shows where an empty range is', () => {
    expect(excerptHtml(new LineIndex('name=a,\\\nx=1'), range(1, 8, 2, 2))).toBe('<pre class="excerpt">name=a,<mark>\\</mark></pre>');
    expect(excerptHtml(new LineIndex('name=a'), range(1, 7, 1, 7))).toBe('<pre class="excerpt">name=a<mark> </mark></pre>');
  });

  it('is empty for a file without text', () => {
    expect(excerptHtml(new LineIndex(''), range(1, 1, 1, 1))).toBe('');
  });
});
