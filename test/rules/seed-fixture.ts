import { readFileSync } from 'node:fs';

/** A file of fixtures/seed (the Veritas worked example), read relative to the repository root. */
export function seedFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/seed/${name}`, import.meta.url), 'utf8');
}
