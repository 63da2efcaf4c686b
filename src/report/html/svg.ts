import { escapeHtml } from './escape.js';

/**
 * The few SVG pieces the pictures of the HTML report (cluster map, bar chart, timeline) share.
 * Colours come from the page's stylesheet (styles.ts, by class: `state-error`, `map-cell`, ...),
 * not from fill attributes, so that the pictures follow the light or dark colour scheme. Every
 * user string goes through escapeHtml.
 */

/** A severity or a file's state, as a class name suffix and as the word said next to its colour. */
export type Mark = 'error' | 'warning' | 'info' | 'clean' | 'unread';

/** A sign beside each colour, so that no state is told by colour alone (and survives grey print). */
export const MARK_SIGN: Readonly<Record<Mark, string>> = {
  error: '✖',
  warning: '▲',
  info: 'ℹ',
  clean: '✔',
  unread: '?',
};

/** Width of one character of the 12-unit labels, for truncation: a little wide, so text never overflows. */
export const CHAR_WIDTH = 7.2;

/** A coordinate with at most one decimal: short, and the same bytes on every platform. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** `text` shortened to `max` characters with an ellipsis; the full text goes into a <title>. */
export function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** `text` shortened to `max` characters in its middle: file names that differ only at the end stay apart. */
export function fitMiddle(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

export function title(text: string): string {
  return `<title>${escapeHtml(text)}</title>`;
}

/** A text label at (x, y) (its baseline); `anchor` end for right-aligned numbers. */
export function label(x: number, y: number, text: string, className: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  const align = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${num(x)}" y="${num(y)}" class="${className}"${align}>${escapeHtml(text)}</text>`;
}

/** A label in bold: the name of a box (server, node). */
export function heading(x: number, y: number, text: string, className: string): string {
  return label(x, y, text, className).replace('<text ', '<text font-weight="600" ');
}

/** A line, styled by its class. */
export function line(x1: number, y1: number, x2: number, y2: number, className: string): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" class="${className}"/>`;
}

export function rect(x: number, y: number, width: number, height: number, className: string, rounded = 0): string {
  const corner = rounded > 0 ? ` rx="${num(rounded)}"` : '';
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" class="${className}"${corner}/>`;
}

/**
 * The outer <svg>: scales to its container's width (width 100%, a viewBox), so a wide cluster
 * shrinks on a narrow screen and a tall one scrolls with the page.
 */
export function svgRoot(width: number, height: number, attributes: string, content: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="picture" viewBox="0 0 ${num(width)} ${num(height)}" width="100%" ` +
    `preserveAspectRatio="xMinYMin meet" font-family="sans-serif" font-size="12" ${attributes}>${content}</svg>`
  );
}

/** A picture that holds no links (a chart): an image to screen readers, named by its title. */
export function imageSvg(width: number, height: number, pictureTitle: string, content: string): string {
  return svgRoot(width, height, `role="img" aria-label="${escapeHtml(pictureTitle)}"`, `${title(pictureTitle)}${content}`);
}
