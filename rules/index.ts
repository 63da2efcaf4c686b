import type { Rule } from '../src/lint/rule.js';
import adapterFormat from './adapter-format.js';
import adapterQuoting from './adapter-quoting.js';
import adapterRole from './adapter-role.js';
import adapterSlot from './adapter-slot.js';
import attributeValue from './attribute-value.js';
import duplicateAttribute from './duplicate-attribute.js';
import encoding from './encoding.js';
import minDesiredMax from './min-desired-max.js';
import nullValue from './null-value.js';
import processorMode from './processor-mode.js';
import profileName from './profile-name.js';
import readOnlyAttribute from './read-only-attribute.js';
import requiredAttribute from './required-attribute.js';
import singleLine from './single-line.js';
import syntax from './syntax.js';
import unknownAttribute from './unknown-attribute.js';
import whitespace from './whitespace.js';

/** Every rule, in the order of the README's rule list: text, attributes, values, adapters. */
export const ALL_RULES: readonly Rule[] = [
  syntax,
  singleLine,
  encoding,
  whitespace,
  requiredAttribute,
  readOnlyAttribute,
  unknownAttribute,
  duplicateAttribute,
  profileName,
  nullValue,
  attributeValue,
  minDesiredMax,
  processorMode,
  adapterFormat,
  adapterSlot,
  adapterRole,
  adapterQuoting,
];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.meta.id === id);
}
