import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { packagePath } from '../core/package-root.js';
import type { ProfileDocument } from '../parse/profile/document.js';
import { attributeModel } from './attribute-model.js';
import { buildInstance, keepAsWritten } from './instance.js';
import { describeErrors } from './messages.js';
import type { SchemaModel, ValidationResult } from './model.js';
import { ANNOTATION_KEYWORDS, type SchemaNode } from './schema-nodes.js';

export interface ProfileSchema {
  readonly model: SchemaModel;
  /**
   * Validates the document's attributes against `schemas/profile.schema.json`. `values` is the
   * coerced instance; a value with an issue is left there as written (text), not half-coerced.
   */
  validate(document: ProfileDocument): ValidationResult;
}

let loaded: ProfileSchema | undefined;

/** The profile schema, read and compiled once per process: compiling costs far more than validating. */
export function getProfileSchema(): ProfileSchema {
  loaded ??= loadProfileSchema();
  return loaded;
}

function loadProfileSchema(): ProfileSchema {
  // Read from the package rather than `import ... with { type: 'json' }`: Node 20 still prints an
  // ExperimentalWarning for JSON modules, which would land on every CLI run's stderr.
  const root = JSON.parse(readFileSync(packagePath('schemas', 'profile.schema.json'), 'utf8')) as SchemaNode;
  const model = attributeModel(root);
  const check = compile(root);
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

function compile(root: SchemaNode): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true, coerceTypes: true });
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  // Missing attributes are the required-attribute rule's findings (error or warning tier), so the
  // top-level `required` is left out of what ajv checks; the model still carries it.
  const { required: _tiers, ...checked } = root;
  return ajv.compile(checked);
}
