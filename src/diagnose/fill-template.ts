/** A `{capture}` placeholder of a catalog suggestion; the capture's name is group 1. */
export const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * A catalog suggestion with its `{capture}` placeholders filled in. A placeholder whose capture
 * did not take part in the match (an optional group) stays as written, so the gap shows.
 */
export function fillTemplate(template: string, captures: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => captures[name] ?? whole);
}
