/**
 * A string as main.cf writes it: bare when it starts with a letter and holds only letters, digits,
 * `-` and `_`; otherwise double-quoted with `"` and `\` escaped by a backslash (VCS data types,
 * vcs-lpar-agent.md §5).
 */
export function maincfString(text: string): string {
  return /^[A-Za-z][\w-]*$/.test(text) ? text : `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A vector value, `{ a, b }`; `{ }` when empty. */
export function maincfVector(values: readonly string[]): string {
  return values.length === 0 ? '{ }' : `{ ${values.map(maincfString).join(', ')} }`;
}
