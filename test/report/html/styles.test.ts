import { describe, expect, it } from 'vitest';
import { STYLES } from '../../../src/report/html/styles.js';

/** The custom properties of the first block that follows `after` in the stylesheet. */
function palette(after: string): Map<string, string> {
  const start = STYLES.indexOf(after);
  const block = STYLES.slice(start, STYLES.indexOf('}', start));
  return new Map([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Text colour on background, as the stylesheet pairs them. */
const PAIRS = [
  ['fg', 'bg'],
  ['fg', 'panel'],
  ['muted', 'bg'],
  ['muted', 'panel'],
  ['accent', 'bg'],
  ['accent', 'panel'],
  ['error', 'error-bg'],
  ['warning', 'warning-bg'],
  ['info', 'info-bg'],
  ['error', 'panel'],
  ['warning', 'panel'],
  ['info', 'bg'],
  ['fg', 'mark-bg'],
  ['fg', 'ins-bg'],
  ['fg', 'del-bg'],
  ['fg', 'target-bg'],
  ['fg', 'error-bg'],
  ['fg', 'clean-bg'],
  ['fg', 'unread-bg'],
];

describe('the stylesheet', () => {
  for (const [scheme, after] of [
    ['light', ':root {'],
    ['dark', 'prefers-color-scheme: dark'],
  ] as const) {
    it(`gives text a contrast of 4.5:1 or more in the ${scheme} scheme`, () => {
      const colours = palette(after);
      const low = PAIRS.map(([text, background]) => ({ text, background, ratio: contrast(colours.get(text)!, colours.get(background)!) })).filter((p) => !(p.ratio >= 4.5));
      expect(low).toEqual([]);
    });
  }

  it('shows every row, hides the filters and opens the details in print', () => {
    const print = STYLES.slice(STYLES.indexOf('@media print'));
    expect(print).toContain('#findings tr.finding[hidden] { display: table-row; }');
    expect(print).toMatch(/#filters[^{]*\{ display: none; \}/);
    expect(print).toContain('details::details-content');
  });
});
