import type { Span } from '../src/core/span.js';
import { VIRTUAL_ADAPTER_ATTRIBUTES } from '../src/parse/profile/lists/grammars.js';
import { describeItem, fieldValue, listEntries, type ListEntry } from '../src/lint/helpers/list-items.js';
import { numericAttribute } from '../src/lint/helpers/numeric-attribute.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

/** Slots 0 and 1 hold the two virtual serial server adapters the HMC creates (hmc-attributes.md §2.4, §2.5). */
const FIRST_USABLE_SLOT = 2;

interface SlotUse {
  readonly entry: ListEntry;
  readonly slot: number;
  readonly span: Span;
}

export default defineRule({
  meta: {
    id: 'adapter-slot',
    description:
      'Virtual slot numbers must be unique across all virtual adapters and lie between 2 and max_virtual_slots - 1.',
    severity: 'error',
  },
  check(context) {
    const maxSlots = numericAttribute(context, 'max_virtual_slots');
    const usable = maxSlots ? `usable slots are ${FIRST_USABLE_SLOT}..${maxSlots.value - 1}` : `usable slots start at ${FIRST_USABLE_SLOT}`;
    const uses = slotUses(context);
    const free = lowestFreeSlot(new Set(uses.map((u) => u.slot)));
    const first = new Map<number, SlotUse>();
    for (const use of uses) {
      const { span } = use;
      const attribute = use.entry.pair.key;
      const earlier = first.get(use.slot);
      if (earlier) {
        context.report({
          message: `virtual slot ${use.slot} of ${describeItem(use.entry)} is already used by ${describeItem(earlier.entry)}; every virtual adapter needs its own slot`,
          attribute,
          span,
          suggestion: `${useFreeSlot(free, maxSlots?.value)}; for a client adapter, also change the remote-slot of the matching server adapter on the VIO server.`,
        });
      } else {
        first.set(use.slot, use);
      }
      if (use.slot < FIRST_USABLE_SLOT && !isSerialServer(use.entry)) {
        context.report({
          message: `virtual slot ${use.slot} of ${describeItem(use.entry)} is reserved for the virtual serial server adapters; ${usable}`,
          attribute,
          span,
          suggestion: `${useFreeSlot(free, maxSlots?.value)}.`,
        });
      }
      if (maxSlots && use.slot >= maxSlots.value) {
        context.report({
          message: `virtual slot ${use.slot} of ${describeItem(use.entry)} is not below max_virtual_slots (${maxSlots.pair.value}); ${usable}`,
          attribute,
          span,
          suggestion: `Raise max_virtual_slots to at least ${use.slot + 1}${free < maxSlots.value ? `, or use a free slot number below it such as ${free}` : ''}.`,
        });
      }
    }
  },
});

/** The numeric slot of every virtual adapter; a slot that is not a number is adapter-format's finding. */
function slotUses(context: RuleContext): SlotUse[] {
  const uses: SlotUse[] = [];
  for (const entry of listEntries(context.document, VIRTUAL_ADAPTER_ATTRIBUTES)) {
    const slot = fieldValue(entry, 'slot');
    if (slot && /^\d+$/.test(slot.text)) uses.push({ entry, slot: Number(slot.text), span: slot.span });
  }
  return uses;
}

function isSerialServer(entry: ListEntry): boolean {
  return entry.pair.key === 'virtual_serial_adapters' && fieldValue(entry, 'role')?.text === 'server';
}

/** The lowest usable slot no adapter takes, so that suggestions name a concrete number. */
function lowestFreeSlot(taken: ReadonlySet<number>): number {
  let slot = FIRST_USABLE_SLOT;
  while (taken.has(slot)) slot++;
  return slot;
}

function useFreeSlot(free: number, maxSlots: number | undefined): string {
  return maxSlots === undefined || free < maxSlots
    ? `Use a free slot number such as ${free}`
    : `Raise max_virtual_slots above ${free}, then use slot ${free}`;
}
