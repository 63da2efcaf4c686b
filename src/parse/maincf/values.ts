import type { Span } from '../../core/span.js';
import type { Attribute, MainCfIssue, Scalar, Value } from './ast.js';
import { attributeLabel } from './block.js';

/**
 * Reading an attribute's value in the shape its type has (vcs-lpar-agent.md §5, "dimensions"). A
 * value of another shape is reported with what was expected, and yields nothing, unless the reading
 * is unambiguous (a single value where a list is expected).
 */

const SHAPE: Record<Value['kind'], string> = {
  scalar: 'a single value',
  list: 'a list ({ a, b })',
  association: 'an association ({ key = value })',
};

function wrongShape(attribute: Attribute, owner: string, expected: string, issues: MainCfIssue[]): undefined {
  issues.push({
    message: `${attributeLabel(attribute)} in ${owner}: expected ${expected}, found ${SHAPE[attribute.value.kind]}`,
    span: attribute.value.span,
  });
  return undefined;
}

/** A string-scalar value. */
export function scalarValue(attribute: Attribute, owner: string, expected: string, issues: MainCfIssue[]): Scalar | undefined {
  return attribute.value.kind === 'scalar' ? attribute.value : wrongShape(attribute, owner, expected, issues);
}

/**
 * A vector or keylist value. A single value is taken as a list of one: `VIOSName = vios1` can only
 * mean `{ vios1 }`, and whether hacf accepts it is not documented, so it is not reported.
 */
export function listValue(
  attribute: Attribute,
  owner: string,
  expected: string,
  issues: MainCfIssue[],
): { readonly items: readonly Scalar[]; readonly span: Span } | undefined {
  const value = attribute.value;
  if (value.kind === 'scalar') return { items: [value], span: value.span };
  if (value.kind === 'list') return value;
  return wrongShape(attribute, owner, expected, issues);
}

/** An integer, written bare or quoted (`1`, `"1"`), with an optional leading `-`. */
export function integerOf(scalar: Scalar): number | undefined {
  return /^-?[0-9]+$/.test(scalar.value) ? Number(scalar.value) : undefined;
}

/** A boolean: VCS writes it as the integer 0 or 1 (vcs-lpar-agent.md §5, "Data types"). */
export function booleanValue(attribute: Attribute, owner: string, issues: MainCfIssue[]): { value: 0 | 1; span: Span } | undefined {
  const scalar = scalarValue(attribute, owner, '0 or 1', issues);
  if (!scalar) return undefined;
  const n = integerOf(scalar);
  if (n === 0 || n === 1) return { value: n, span: scalar.span };
  issues.push({ message: `${attributeLabel(attribute)} in ${owner}: expected 0 or 1, found ${scalar.value || '""'}`, span: scalar.span });
  return undefined;
}
