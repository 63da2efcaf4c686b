import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { readAsset } from '../core/assets.js';
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
  return compileDataSchema(JSON.parse(readAsset(`schemas/${fileName}`)) as SchemaNode);
}

/** Compiles a schema held in code, such as a rule's `optionsSchema`, the way loadDataSchema does. */
export function compileDataSchema(root: SchemaNode): DataSchema {
  // strictTuples is off because a config's rule setting is [severity] or [severity, options]: a
  // tuple whose last item is optional, which that check forbids.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, strictTuples: false, allErrors: true, verbose: true });
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
