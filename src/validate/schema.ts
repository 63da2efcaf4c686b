import type { ValidateFunction } from 'ajv/dist/2020.js';
import { readAsset } from '../core/assets.js';
import type { ProfileDocument } from '../parse/profile/document.js';
import { attributeModel } from './attribute-model.js';
import { validate as generatedValidator } from './generated/profile-validator.js';
import { buildInstance, keepAsWritten } from './instance.js';
import { describeErrors } from './messages.js';
import type { SchemaModel, ValidationResult } from './model.js';
import type { SchemaNode } from './schema-nodes.js';

export interface ProfileSchema {
  readonly model: SchemaModel;
  /**
   * Validates the document's attributes against `schemas/profile.schema.json`. `values` is the
   * coerced instance; a value with an issue is left there as written (text), not half-coerced.
   */
  validate(document: ProfileDocument): ValidationResult;
}

let loaded: ProfileSchema | undefined;

/** The profile schema, read once per process. */
export function getProfileSchema(): ProfileSchema {
  loaded ??= loadProfileSchema();
  return loaded;
}

function loadProfileSchema(): ProfileSchema {
  // Read from the package rather than `import ... with { type: 'json' }`: Node 20 still prints an
  // ExperimentalWarning for JSON modules, which would land on every CLI run's stderr.
  const root = JSON.parse(readAsset('schemas/profile.schema.json')) as SchemaNode;
  const model = attributeModel(root);
  // Compiled at build time from the same schema file (scripts/profile-validator.mjs): compiling
  // it here would cost more than the whole check of a file.
  const check = generatedValidator as ValidateFunction;
  const validated = (attribute: string): boolean => model.attributes.get(attribute)?.readOnly === false;
  return {
    model,
    validate(document) {
      const instance = buildInstance(document, validated);
      check(instance.data);
      const issues = describeErrors(check.errors ?? [], instance, root);
      for (const issue of issues) keepAsWritten(instance, issue.pointer);
      return { values: instance.data, issues };
    },
  };
}
