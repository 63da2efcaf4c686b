/** `1 error`, `2 errors`; `1 fix`, `2 fixes` (nouns ending in s, x, ch or sh take -es). */
export function plural(count: number, noun: string): string {
  const suffix = /(?:s|x|ch|sh)$/.test(noun) ? 'es' : 's';
  return `${count} ${noun}${count === 1 ? '' : suffix}`;
}
