import { escapeHtml } from './escape.js';

/** A titled section of the page; `id` names it, and its heading labels it for screen readers. */
export function section(id: string, heading: string, content: string): string {
  return `<section id="${id}-section" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeHtml(heading)}</h2>\n${content}\n</section>`;
}

/** A picture (inline SVG markup, escaped by its maker) with its caption. */
export function figure(id: string, caption: string, svg: string): string {
  return `<figure id="${id}">\n<figcaption>${escapeHtml(caption)}</figcaption>\n${svg}\n</figure>`;
}
