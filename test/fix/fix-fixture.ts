import { readFileSync } from 'node:fs';

/** A file of fixtures/fixes as text, by its path below that folder. */
export function fixesFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/fixes/${name}`, import.meta.url), 'utf8');
}

/** The vendor's step-5 line without its four equal repeats: what most fixtures here fix to. */
export const NO_REPEATS = 'lpar05-no-repeats.fixed';
