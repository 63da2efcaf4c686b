import type { Fix, Severity } from '../src/core/diagnostic.js';
import { replace } from '../src/fix/edits.js';
import { numericAttribute, type NumericAttribute } from '../src/lint/helpers/numeric-attribute.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

interface Triple {
  readonly min: string;
  readonly desired: string;
  readonly max: string;
  /** Set where the ordering itself is UNCERTAIN (hmc-attributes.md §2.2, huge pages). */
  readonly severity?: Severity;
}

/** hmc-attributes.md §2.2, §2.3, §2.6 item 1; pypowervm `MinDesiredMaxField`. */
const TRIPLES: readonly Triple[] = [
  { min: 'min_mem', desired: 'desired_mem', max: 'max_mem' },
  { min: 'min_procs', desired: 'desired_procs', max: 'max_procs' },
  { min: 'min_proc_units', desired: 'desired_proc_units', max: 'max_proc_units' },
  { min: 'min_num_huge_pages', desired: 'desired_num_huge_pages', max: 'max_num_huge_pages', severity: 'warning' },
];

export default defineRule({
  meta: {
    id: 'min-desired-max',
    description: 'Minimum, desired and maximum values (memory, processors, processing units, huge pages) must be in order.',
    severity: 'error',
    fixable: 'unsafe',
  },
  check(context) {
    for (const triple of TRIPLES) checkTriple(context, triple);
  },
});

/**
 * Reports at most one finding per triple. Swapped bounds (min > max) are the root cause when they
 * occur, so they are reported alone; otherwise the desired value is the one outside its bounds.
 */
function checkTriple(context: RuleContext, triple: Triple): void {
  const min = numericAttribute(context, triple.min);
  const desired = numericAttribute(context, triple.desired);
  const max = numericAttribute(context, triple.max);
  const expected = `expected ${triple.min} <= ${triple.desired} <= ${triple.max}`;
  const severity = triple.severity ? { severity: triple.severity } : {};

  if (min && max && min.value > max.value) {
    const fix = swapFix(triple, min, desired, max);
    context.report({
      message: `${triple.min} (${min.pair.value}) is greater than ${triple.max} (${max.pair.value}); ${expected}`,
      attribute: triple.min,
      span: min.pair.valueSpan,
      ...severity,
      ...(fix
        ? { fix }
        : { suggestion: `Set ${triple.min} and ${triple.max} so that ${triple.min} <= ${triple.desired} <= ${triple.max}.` }),
    });
    return;
  }
  if (!desired) return;
  if (min && desired.value < min.value) {
    context.report({
      message: `${triple.desired} (${desired.pair.value}) is less than ${triple.min} (${min.pair.value}); ${expected}`,
      attribute: triple.desired,
      span: desired.pair.valueSpan,
      ...severity,
      suggestion: `Raise ${triple.desired} to at least ${min.pair.value}, or lower ${triple.min} to at most ${desired.pair.value}.`,
    });
  } else if (max && desired.value > max.value) {
    context.report({
      message: `${triple.desired} (${desired.pair.value}) is greater than ${triple.max} (${max.pair.value}); ${expected}`,
      attribute: triple.desired,
      span: desired.pair.valueSpan,
      ...severity,
      suggestion: `Lower ${triple.desired} to at most ${max.pair.value}, or raise ${triple.max} to at least ${desired.pair.value}.`,
    });
  }
}

/**
 * Exchanging min and max is offered only when that alone puts the triple in order: then the two
 * values were evidently written in each other's place. It changes the partition, hence unsafe.
 */
function swapFix(
  triple: Triple,
  min: NumericAttribute,
  desired: NumericAttribute | undefined,
  max: NumericAttribute,
): Fix | undefined {
  if (desired && (desired.value < max.value || desired.value > min.value)) return undefined;
  return {
    description: `Swap ${triple.min} (${min.pair.value}) and ${triple.max} (${max.pair.value})`,
    safe: false,
    edits: [replace(min.pair.valueSpan, max.pair.value), replace(max.pair.valueSpan, min.pair.value)],
  };
}
