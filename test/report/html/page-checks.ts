import { createHash } from 'node:crypto';
import { expect } from 'vitest';

/** The ids of the DOM contract that every page has (the map and the charts need findings and a cluster). */
export const PAGE_IDS = ['counts', 'run-info', 'filters', 'filter-severity', 'filter-rule', 'filter-node', 'filter-text', 'shown-count', 'findings'];

function inline(page: string, tag: 'style' | 'script'): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(page);
  if (!match) throw new Error(`no <${tag}> in the page`);
  return match[1]!;
}

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * What holds for every page: one inline style and script, both allowed by the CSP by their hash;
 * nothing that the CSP would block or that would reach the network.
 */
export function expectSelfContained(page: string): void {
  expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  expect(page).toContain('<meta charset="utf-8">');
  expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(page.match(/<style>/g)).toHaveLength(1);
  expect(page.match(/<script>/g)).toHaveLength(1);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
  expect(csp).toBe(`default-src 'none'; style-src ${hash(inline(page, 'style'))}; script-src ${hash(inline(page, 'script'))}; img-src data:; base-uri 'none'; form-action 'none'`);
  // No style attributes and no event handler attributes: the CSP would block them.
  const attributes = tagAttributes(page);
  expect(attributes.filter(([name]) => name === 'style' || /^on/i.test(name))).toEqual([]);
  // Links go to the page's own rows (or are the empty icon), nothing is loaded from elsewhere.
  expect(attributes.filter(([name, value]) => /^(src|srcset|action|xlink:href)$/.test(name) || (name === 'href' && !/^(#|data:)/.test(value)))).toEqual([]);
  expect(inline(page, 'style')).not.toMatch(/url\(|@import/);
  // No address to load: the SVG namespace is a name, not a request.
  expect(page.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|\/\/[a-z]/i);
}

/** The number shown under a key of the header's counts. */
export function headerCount(page: string, key: string): string | undefined {
  return new RegExp(`<div data-count="${key}"><dt>[^<]*</dt><dd>(\\d+)</dd></div>`).exec(page)?.[1];
}

/** The markup of the row with the given id. */
export function row(page: string, id: string): string {
  const found = new RegExp(`<tr class="finding" id="${id}"[\\s\\S]*?</tr>`).exec(page);
  if (!found) throw new Error(`no row ${id}`);
  return found[0];
}

export function expectIds(page: string, ids: readonly string[]): void {
  for (const id of ids) expect(page, id).toContain(`id="${id}"`);
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'=<>\/]+(?:="[^"<>]*")?)*)\s*\/?>/y;

/**
 * Every attribute of every tag outside the inline style and script, read tag by tag: each
 * `<` in the text must open a well-formed tag (escaped text has none), so an attribute that an
 * unescaped value would smuggle in cannot hide in a value.
 */
function tagAttributes(page: string): [name: string, value: string][] {
  const text = page.replace(/<(style|script)>[\s\S]*?<\/\1>/g, '').replace(/^<!doctype html>/, '');
  const attributes: [string, string][] = [];
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    TAG.lastIndex = at;
    const tag = TAG.exec(text);
    expect(tag, text.slice(at, at + 80)).not.toBeNull();
    for (const attribute of tag![2]!.matchAll(/\s+([^\s"'=<>\/]+)(?:="([^"<>]*)")?/g)) attributes.push([attribute[1]!, attribute[2] ?? '']);
  }
  return attributes;
}
