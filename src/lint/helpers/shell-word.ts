/**
 * A word as a POSIX shell reads it back unchanged: bare when it holds only safe characters, else in
 * single quotes. Managed system and partition names may hold blanks (hmc-attributes.md §2.1), and a
 * suggested command should paste as is.
 */
export function shellWord(text: string): string {
  return /^[\w.,=<>@%+:\/-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
