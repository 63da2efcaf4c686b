import { escapeHtml } from './escape.js';
import { CHAR_WIDTH, fit, imageSvg, label, MARK_SIGN, rect, title } from './svg.js';

export interface Bar {
  readonly label: string;
  readonly count: number;
  readonly severity?: 'error' | 'warning' | 'info';
}

const WIDTH = 720;
const MARGIN = 8;
const ROW = 24;
const BAR_HEIGHT = 16;
/** The labels' column: a sign, then the label truncated to fit (the full one is in the bar's <title>). */
const LABEL_WIDTH = 220;
/** Room right of the longest bar for its count. */
const COUNT_ROOM = 60;

/**
 * Horizontal bar chart, one bar per key in the order given, each with its label, its severity's
 * sign and its count written out: nothing is told by colour or length alone.
 */
export function barChartSvg(chartTitle: string, bars: readonly Bar[]): string {
  const max = Math.max(0, ...bars.map((b) => b.count));
  const barArea = WIDTH - LABEL_WIDTH - COUNT_ROOM - 2 * MARGIN;
  const rows = bars.map((bar, i) => {
    const y = MARGIN + i * ROW;
    const length = max === 0 ? 0 : (bar.count / max) * barArea;
    const x = MARGIN + LABEL_WIDTH;
    const sign = bar.severity === undefined ? '' : `${MARK_SIGN[bar.severity]} `;
    const text = `${bar.label}: ${bar.count}${bar.severity === undefined ? '' : ` (${bar.severity})`}`;
    return (
      `<g class="bar" data-label="${escapeHtml(bar.label)}">${title(text)}` +
      label(MARGIN, y + 13, sign + fit(bar.label, Math.floor((LABEL_WIDTH - 8) / CHAR_WIDTH) - sign.length), 'bar-label') +
      rect(x, y + (ROW - BAR_HEIGHT) / 2 - 2, Math.max(length, bar.count > 0 ? 2 : 0), BAR_HEIGHT, `bar-fill state-${bar.severity ?? 'none'}`, 2) +
      label(x + length + 6, y + 13, String(bar.count), 'bar-count') +
      '</g>'
    );
  });
  const empty = bars.length === 0 ? label(MARGIN, MARGIN + 13, 'Nothing to count.', 'chart-note muted') : '';
  const height = 2 * MARGIN + Math.max(1, bars.length) * ROW;
  return imageSvg(WIDTH, height, chartTitle, `${empty}${rows.join('')}`);
}
