import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { packagePath } from '../core/package-root.js';
import type { SchemaNode } from '../validate/schema-nodes.js';

/** A JSON Schema of lparlint's own data files (the inventory, the log pattern catalog). */
export interface DataSchema {
  /** The schema as written, for the words its `x-expected` annotations give. */
  readonly root: SchemaNode;
  /** ajv's errors for the data; empty when it is valid. Each error carries its schema node (ajv `verbose`). */
  validate(data: unknown): readonly ErrorObject[];
}

/**
 * Reads and compiles `schemas/<fileName>`. Compiling costs far more than validating, so callers
 * keep the result for the process. strictRequired is off because a schema may say "either A or
 * B" the plain JSON Schema way, `if: { required: [A] }`, naming a property the `if` itself does
 * not define (the inventory's servers do); ajv's strict check would want it spelled out twice.
 */
export function loadDataSchema(fileName: string): DataSchema {
  const root = JSON.parse(readFileSync(packagePath('schemas', fileName), 'utf8')) as SchemaNode;
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true });
  ajv.addVocabulary(['x-expected']);
  const check = ajv.compile(root);
  return {
    root,
    validate(data) {
      check(data);
      return check.errors ?? [];
    },
  };
}
