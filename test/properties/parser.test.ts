import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/span.js';
import { parseProfile, printProfile, type ProfileDocument } from '../../src/parse/profile/index.js';
import { hmcText } from './hmc-text.js';
import { countInputs, NUM_RUNS } from './runs.js';

const inputs = countInputs('parser');

/** Every span the document holds: tokens, pairs with their parts, list items and fields, breaks, syntax errors. */
function allSpans(document: ProfileDocument): Span[] {
  const spans: Span[] = [...document.tokens.map((t) => t.span), ...document.breaks.map((b) => b.span), ...document.syntaxErrors.map((e) => e.span)];
  for (const pair of document.pairs) {
    spans.push(pair.span, pair.keySpan, pair.valueSpan, pair.equalsSpan);
    for (const item of pair.list?.items ?? []) spans.push(item.span, ...item.fields.map((f) => f.span));
  }
  return spans;
}

/** The invariants the parser promises for any input; throws (failing the property) when one breaks. */
function checkDocument(source: string): void {
  const document = parseProfile(source);
  expect(document.source).toBe(source);
  for (const { start, end } of allSpans(document)) {
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThanOrEqual(end);
    expect(end).toBeLessThanOrEqual(source.length);
  }
  // Tokens are contiguous and in order, and each token's text is the source under its span.
  let at = 0;
  for (const token of document.tokens) {
    expect(token.span.start).toBe(at);
    expect(token.text).toBe(source.slice(token.span.start, token.span.end));
    at = token.span.end;
  }
  expect(at).toBe(source.length);
  // Parts of a pair lie inside the pair, the key before the `=` before the value.
  for (const pair of document.pairs) {
    expect(pair.keySpan.start).toBeGreaterThanOrEqual(pair.span.start);
    expect(pair.keySpan.end).toBeLessThanOrEqual(pair.equalsSpan.start);
    expect(pair.equalsSpan.end).toBeLessThanOrEqual(pair.valueSpan.start);
    expect(pair.valueSpan.end).toBeLessThanOrEqual(pair.span.end);
  }
  expect(printProfile(document)).toBe(source);
}

describe('parseProfile on any string', () => {
  it.each([
    ['ASCII strings', fc.string({ maxLength: 200 })],
    ['full Unicode strings (astral characters, lone surrogates excluded)', fc.string({ unit: 'grapheme', maxLength: 100 })],
    ['UTF-16 code units (lone surrogates, NUL, BOM)', fc.string({ unit: 'binary', maxLength: 100 })],
    ['text biased to HMC syntax', hmcText],
  ])('never throws, keeps every span inside the input and in order, and prints back: %s', (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary, checkDocument), { numRuns: inputs.add(NUM_RUNS) });
  });
});
