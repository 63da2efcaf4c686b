import type { Document } from 'yaml';
import { ALL_RULES } from '../../rules/index.js';
import type { TextIssue } from '../core/input-issue.js';
import type { RuleMeta } from '../lint/rule.js';
import { toPointer } from '../validate/pointer.js';
import { compileDataSchema, type DataSchema } from '../yaml/data-schema.js';
import { keyOrValue, locate } from '../yaml/locate.js';
import { describeSchemaErrors } from '../yaml/schema-messages.js';
import type { ConfigData, RulesData } from './config-data.js';

/** Each rule's compiled `optionsSchema`, by rule id: compiled at most once per process. */
const compiled = new Map<string, DataSchema>();

/**
 * Checks the options in every `rules:` block of a config (top level and overrides) against the
 * `optionsSchema` of their rule, as ESLint checks rule options against `meta.schema`. Each issue
 * sits at the faulty place in the config file. `data` has passed the config schema.
 */
export function ruleOptionIssues(data: ConfigData, document: Document.Parsed): TextIssue[] {
  const blocks: { at: string[]; rules: RulesData | undefined }[] = [
    { at: ['rules'], rules: data.rules },
    ...(data.overrides ?? []).map((o, i) => ({ at: ['overrides', String(i), 'rules'], rules: o.rules })),
  ];
  return blocks.flatMap(({ at, rules }) =>
    Object.entries(rules ?? {}).flatMap(([id, setting]) => {
      if (typeof setting === 'string' || setting.length < 2) return [];
      // The config schema admits only the ids of ALL_RULES.
      const meta = ALL_RULES.find((r) => r.meta.id === id)!.meta;
      return optionIssues(meta, setting[1], [...at, id, '1'], document);
    }),
  );
}

function optionIssues(meta: RuleMeta, options: unknown, at: readonly string[], document: Document.Parsed): TextIssue[] {
  if (!meta.optionsSchema) {
    return [{ message: `rule ${meta.id} takes no options; expected just its severity, such as ${meta.id}: error`, span: keyOrValue(locate(document, at)) }];
  }
  let schema = compiled.get(meta.id);
  if (!schema) compiled.set(meta.id, (schema = compileDataSchema(meta.optionsSchema)));
  // ajv's places are inside the options; the messages name them from the top of the config file.
  const errors = schema.validate(options).map((error) => ({ ...error, instancePath: toPointer(at) + error.instancePath }));
  return describeSchemaErrors(errors, document, schema.root, `the options of ${meta.id}`);
}
