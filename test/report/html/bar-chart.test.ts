import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../../src/report/html/bar-chart.js';

const bars = (svg: string): string[] => svg.match(/<g class="bar"[^>]*>/g) ?? [];

describe('barChartSvg', () => {
  it('with no bars: a picture that says there is nothing to count', () => {
    const svg = barChartSvg('Findings per rule', []);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Findings per rule"><title>Findings per rule<\/title>/);
    expect(svg).toContain('Nothing to count.');
    expect(bars(svg)).toEqual([]);
  });

  it('with one bar: its label with the severity sign, its count as text, a title saying both', () => {
    const svg = barChartSvg('Findings per rule', [{ label: 'node-copy', count: 3, severity: 'error' }]);
    expect(bars(svg)).toEqual(['<g class="bar" data-label="node-copy">']);
    expect(svg).toContain('<title>node-copy: 3 (error)</title>');
    expect(svg).toContain('>✖ node-copy</text>');
    expect(svg).toContain('>3</text>');
    expect(svg).toContain('class="bar-fill state-error"');
  });

  it('with many bars: one per key in the order given, lengths in proportion, the longest full width', () => {
    const given = Array.from({ length: 50 }, (_, i) => ({ label: `rule-${i}`, count: 50 - i }));
    const svg = barChartSvg('Findings per rule', [...given, { label: 'none', count: 0, severity: 'info' }]);
    expect(bars(svg).map((tag) => /data-label="([^"]+)"/.exec(tag)![1])).toEqual([...given.map((b) => b.label), 'none']);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*class="bar-fill/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBe(424);
    expect(widths[49]).toBeCloseTo(424 / 50, 0);
    expect(widths[50]).toBe(0);
    expect(svg).toContain('class="bar-fill state-none"');
    expect(barChartSvg('Findings per rule', given)).toBe(barChartSvg('Findings per rule', given));
  });

  it('cuts long labels to their column, keeps them whole in the title, and escapes them', () => {
    const label = `<img src=x onerror=alert(1)>${'x'.repeat(40)}`;
    const svg = barChartSvg('"Rules" & <patterns>', [{ label, count: 1, severity: 'warning' }]);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('aria-label="&quot;Rules&quot; &amp; &lt;patterns&gt;"');
    expect(svg).toContain(`<title>&lt;img src=x onerror=alert(1)&gt;${'x'.repeat(40)}: 1 (warning)</title>`);
    expect(svg).toContain('>▲ &lt;img src=x onerror=alert(1…</text>');
  });
});
