import { createHash } from 'node:crypto';
import { CLIENT_SCRIPT } from './client.js';
import { escapeHtml } from './escape.js';
import { STYLES } from './styles.js';

export interface PageContent {
  /** The document's title, also its heading: "lparlint check report". */
  readonly title: string;
  /** Markup under the heading: the counts and the run information. */
  readonly header: string;
  /** The sections, in order. */
  readonly sections: readonly string[];
  /** lparlint's version, for the footer, when the run recorded it. */
  readonly version?: string;
}

/**
 * The whole self-contained document. Its Content Security Policy allows nothing but the page's
 * own <style> and <script>, named by their SHA-256: a value in a profile file or a log line that
 * escaped escaping still could not run or load anything. The icon link is empty data, so that a
 * browser opening the file from disk does not ask for /favicon.ico.
 */
export function htmlPage(content: PageContent): string {
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLES)}'`,
    `script-src '${sha256(CLIENT_SCRIPT)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = escapeHtml(content.title);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<link rel="icon" href="data:,">',
    `<title>${title}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    content.header,
    '</header>',
    '<main>',
    ...content.sections,
    '</main>',
    `<footer><p>Made by lparlint${content.version === undefined ? '' : ` ${escapeHtml(content.version)}`}. This page is one file: it loads nothing from anywhere else.</p></footer>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A CSP source expression for an inline element's exact text. */
export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
