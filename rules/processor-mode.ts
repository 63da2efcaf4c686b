import type { Pair } from '../src/parse/profile/document.js';
import { removePair } from '../src/fix/edits.js';
import { firstPair } from '../src/lint/helpers/first-pair.js';
import { lssyscfgCommand } from '../src/lint/helpers/lssyscfg-command.js';
import { isNullValue } from '../src/lint/helpers/null-value.js';
import { numericAttribute } from '../src/lint/helpers/numeric-attribute.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

/** hmc-attributes.md §2.3: the sharing modes of each processor mode (IBM ansible docs and defaults). */
const DEDICATED_SHARING_MODES = ['keep_idle_procs', 'share_idle_procs', 'share_idle_procs_active', 'share_idle_procs_always'];
const SHARED_SHARING_MODES = ['cap', 'uncap'];
const PROC_UNITS = ['min_proc_units', 'desired_proc_units', 'max_proc_units'];
/** hmc-attributes.md §2.3 "Dedicated mode" row: these do not apply to dedicated processors. */
const SHARED_ONLY = [...PROC_UNITS, 'uncap_weight', 'shared_proc_pool_id', 'shared_proc_pool_name'];
/**
 * Processing units per virtual processor, in hundredths so that the comparison is exact:
 * at least 0.05 (POWER7 and later; 0.10 before), at most 1.0 (hmc-attributes.md §2.3, §2.6 item 5).
 */
const MIN_HUNDREDTHS_PER_VP = 5;
const MAX_HUNDREDTHS_PER_VP = 100;

export default defineRule({
  meta: {
    id: 'processor-mode',
    description:
      'proc_mode must agree with sharing_mode, the processing units and uncap_weight (dedicated versus shared processors).',
    severity: 'error',
    fixable: 'unsafe',
  },
  check(context) {
    const procMode = firstPair(context.document, 'proc_mode');
    if (procMode?.value === 'ded') checkDedicated(context);
    else if (procMode?.value === 'shared') checkShared(context, procMode);
  },
});

function checkDedicated(context: RuleContext): void {
  const sharing = firstPair(context.document, 'sharing_mode');
  if (sharing && SHARED_SHARING_MODES.includes(sharing.value)) {
    context.report({
      message: `sharing_mode (${sharing.value}) is a shared-processor mode, but proc_mode is ded; expected one of ${DEDICATED_SHARING_MODES.join(', ')}`,
      attribute: 'sharing_mode',
      span: sharing.valueSpan,
      suggestion:
        'Use sharing_mode=keep_idle_procs or share_idle_procs; or set proc_mode=shared if the partition should draw from the shared processor pool.',
    });
  }
  for (const key of SHARED_ONLY) {
    const pair = firstPair(context.document, key);
    if (!pair || isNullValue(pair)) continue;
    // Whether the HMC rejects or ignores these for dedicated processors is UNCERTAIN: a warning.
    context.report({
      message: `${key} (${pair.value}) applies only to shared-processor partitions, but proc_mode is ded; the HMC may reject or ignore it`,
      attribute: key,
      span: pair.span,
      severity: 'warning',
      fix: { description: `Remove ${key}`, safe: false, edits: [removePair(context.document, pair)] },
    });
  }
}

function checkShared(context: RuleContext, procMode: Pair): void {
  const sharing = firstPair(context.document, 'sharing_mode');
  if (sharing && DEDICATED_SHARING_MODES.includes(sharing.value)) {
    context.report({
      message: `sharing_mode (${sharing.value}) is a dedicated-processor mode, but proc_mode is shared; expected cap or uncap`,
      attribute: 'sharing_mode',
      span: sharing.valueSpan,
      suggestion:
        'Use sharing_mode=cap to hold the partition to its processing units, or sharing_mode=uncap (with uncap_weight) to let it use idle pool capacity.',
    });
  }
  const missing = PROC_UNITS.filter((key) => !firstPair(context.document, key));
  for (const key of missing) {
    // The vendor procedure's field list was written for a dedicated partition and omits these.
    context.report({
      message: `${key} is missing; a shared-processor partition (proc_mode=shared) needs min_proc_units, desired_proc_units and max_proc_units`,
      attribute: key,
      span: { start: procMode.span.end, end: procMode.span.end },
      suggestion: `Add ${missing.map((k) => `${k}=<units>`).join(',')} with the values printed by ${lssyscfgCommand('prof', context.document)} -F ${PROC_UNITS.join(',')}`,
    });
  }
  checkUncapWeight(context, sharing);
  checkUnitsPerProcessor(context);
}

/** hmc-attributes.md §2.3, §2.6 item 4: the weight only matters to uncapped partitions. */
function checkUncapWeight(context: RuleContext, sharing: Pair | undefined): void {
  const weight = numericAttribute(context, 'uncap_weight');
  if (sharing?.value !== 'cap' || !weight || weight.value === 0) return;
  context.report({
    message: `uncap_weight (${weight.pair.value}) has no effect with sharing_mode=cap; it applies only to uncapped partitions (sharing_mode=uncap)`,
    attribute: 'uncap_weight',
    span: weight.pair.valueSpan,
    severity: 'warning',
    suggestion: 'Set uncap_weight=0, as lssyscfg prints it for capped partitions; or set sharing_mode=uncap if the partition should use idle pool capacity.',
  });
}

/** UNCERTAIN as a create-time check (the HMC enforces it on DLPAR, HSCL1566): warnings. */
function checkUnitsPerProcessor(context: RuleContext): void {
  const units = numericAttribute(context, 'desired_proc_units');
  const procs = numericAttribute(context, 'desired_procs');
  if (!units || !procs) return;
  const hundredths = Math.round(units.value * 100);
  const low = procs.value * MIN_HUNDREDTHS_PER_VP;
  const high = procs.value * MAX_HUNDREDTHS_PER_VP;
  if (hundredths < low) {
    const fewer = Math.floor(hundredths / MIN_HUNDREDTHS_PER_VP);
    context.report({
      message: `desired_proc_units (${units.pair.value}) is less than 0.05 processing units per virtual processor for desired_procs (${procs.pair.value}); expected at least ${hundredthsText(low)} (${hundredthsText(2 * low)} on POWER6 and older)`,
      attribute: 'desired_proc_units',
      span: units.pair.valueSpan,
      severity: 'warning',
      suggestion: `Raise desired_proc_units to at least ${hundredthsText(low)}${fewer >= 1 ? `, or lower desired_procs to at most ${fewer}` : ''}.`,
    });
  } else if (hundredths > high) {
    context.report({
      message: `desired_proc_units (${units.pair.value}) is more than 1.0 processing unit per virtual processor for desired_procs (${procs.pair.value}); expected at most ${hundredthsText(high)}`,
      attribute: 'desired_proc_units',
      span: units.pair.valueSpan,
      severity: 'warning',
      suggestion: `Raise desired_procs to at least ${Math.ceil(hundredths / MAX_HUNDREDTHS_PER_VP)}, or lower desired_proc_units to at most ${hundredthsText(high)}.`,
    });
  }
}

function hundredthsText(hundredths: number): string {
  return (hundredths / 100).toFixed(2);
}
