import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, SCHEMA_FILE, profileValidatorModule } from '../../scripts/profile-validator.mjs';
import { getProfileSchema } from '../../src/validate/schema.js';
import { parseProfile } from '../../src/parse/profile/parse.js';

describe('generated profile validator', () => {
  it('is the one scripts/profile-validator.mjs makes from the current schema (else run npm run build)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8') === profileValidatorModule(readFileSync(SCHEMA_FILE, 'utf8'))).toBe(true);
  });

  it('counts characters, not UTF-16 code units, with the ajv helper copied into it (maxLength of profile_name)', () => {
    const issuesOf = (name: string): string[] => getProfileSchema().validate(parseProfile(`name=lpar05,profile_name=${name}`)).issues.map((i) => i.pointer);
    expect(issuesOf('p'.repeat(32))).toEqual(['/profile_name']);
    expect(issuesOf('p'.repeat(31))).toEqual([]);
    expect(issuesOf('\u{1F600}'.repeat(31))).toEqual([]);
  });
});
