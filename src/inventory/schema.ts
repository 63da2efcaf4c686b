import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { packagePath } from '../core/package-root.js';
import type { SchemaNode } from '../validate/schema-nodes.js';

export interface InventorySchema {
  /** `schemas/inventory.schema.json` as written, for the words its `x-expected` annotations give. */
  readonly root: SchemaNode;
  /** ajv's errors for the data; empty when it is valid. Each error carries its schema node (ajv `verbose`). */
  validate(data: unknown): readonly ErrorObject[];
}

let loaded: InventorySchema | undefined;

/** The inventory schema, read and compiled once per process (as the profile schema is: src/validate/schema.ts). */
export function getInventorySchema(): InventorySchema {
  loaded ??= loadInventorySchema();
  return loaded;
}

function loadInventorySchema(): InventorySchema {
  const root = JSON.parse(readFileSync(packagePath('schemas', 'inventory.schema.json'), 'utf8')) as SchemaNode;
  const check = compile(root);
  return {
    root,
    validate(data) {
      check(data);
      return check.errors ?? [];
    },
  };
}

function compile(root: SchemaNode): ValidateFunction {
  // strictRequired is off because the server's `if: { required: [hmcOutput] }` names a property
  // that the `if` itself does not define; that is the plain JSON Schema way to say "either
  // hmcOutput or vioServers", and ajv's strict check would want it spelled out twice.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true });
  ajv.addVocabulary(['x-expected']);
  return ajv.compile(root);
}
