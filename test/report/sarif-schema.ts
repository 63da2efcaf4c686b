import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

/**
 * The official SARIF 2.1.0 JSON schema (as shipped by @microsoft/jest-sarif), checked with ajv.
 * The schema is draft-04, which ajv 8 reads as draft-07 once its `id` is spelled `$id`: it uses no
 * keyword whose meaning changed between the two. The three string formats it names get simple
 * checks of their own (ajv-formats is not installed).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_FILE = join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function compile(): (data: unknown) => string[] {
  const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { id: string; $schema: string };
  // The schema's `language` pattern has a stray "]", an error only under the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
  ajv.addFormat('uri-reference', /^\S*$/);
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  const validate = ajv.compile({ ...schema, $id: id });
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

let validator: ((data: unknown) => string[]) | undefined;

/** What the official schema finds wrong with a SARIF log: nothing for a valid one. */
export function sarifSchemaErrors(log: unknown): string[] {
  validator ??= compile();
  return validator(log);
}
