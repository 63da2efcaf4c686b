import type { PatternMatch } from '../model.js';
import type { PatternCatalog } from './catalog.js';

/**
 * The first catalog entry whose regex occurs in the message text, with its captures. A named
 * group that took no part in the match (in an alternative not taken) is left out of the captures,
 * so that nothing is tied to an empty value. The regexes carry no `g` or `y` flag: matching keeps
 * no state between messages.
 */
export function matchRecord(text: string, catalog: PatternCatalog): PatternMatch | undefined {
  for (const { pattern, regex } of catalog) {
    const found = regex.exec(text);
    if (!found) continue;
    const captures = Object.entries(found.groups ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined);
    return { pattern, captures: Object.fromEntries(captures) };
  }
  return undefined;
}
