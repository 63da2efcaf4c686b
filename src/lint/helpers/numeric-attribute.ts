import type { Pair } from '../../parse/profile/document.js';
import type { RuleContext } from '../rule.js';
import { firstPair } from './first-pair.js';

export interface NumericAttribute {
  readonly pair: Pair;
  readonly value: number;
}

/** A plain unsigned decimal as the HMC prints numbers (`2048`, `0.5`); anything else is not read. */
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * The number an attribute holds, with the pair that holds it; undefined when the attribute is
 * missing or not a number (`null`, `none`, a typo), which the value rules report. Prefers ajv's
 * coerced number; falls back to the text where the schema keeps the value a string.
 */
export function numericAttribute(context: RuleContext, key: string): NumericAttribute | undefined {
  const pair = firstPair(context.document, key);
  if (!pair) return undefined;
  const coerced = context.validation.values[key];
  if (typeof coerced === 'number' && Number.isFinite(coerced)) return { pair, value: coerced };
  return DECIMAL.test(pair.value) ? { pair, value: Number(pair.value) } : undefined;
}
