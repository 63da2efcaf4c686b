import type { ListGrammar } from '../parse/profile/lists/grammars.js';

/**
 * The man-page name of an item field (`remote-lpar-ID`, `is-required`), read from the grammar's
 * layout, for messages: admins know the HMC's names, not the instance's camelCase ones.
 * `client|server` reads as `client-or-server`.
 */
export function fieldDisplayName(grammar: ListGrammar, field: string): string {
  const token = grammar.layout.split(grammar.separator)[grammar.fields.indexOf(field)];
  return token === undefined ? field : token.replace(/[[\]]/g, '').replace('|', '-or-');
}
