import { afterAll } from 'vitest';

/**
 * Inputs tried per property in one run. Each suite prints its total after its last test, so the
 * README's Reliability section can cite the figure the test run actually printed.
 */
export const NUM_RUNS = 300;

/** Counts the inputs a property suite tries and prints `properties: N inputs tried` once it ends. */
export function countInputs(suite: string): { readonly add: (runs: number) => number } {
  let total = 0;
  afterAll(() => {
    console.log(`properties (${suite}): ${total} inputs tried`);
  });
  return {
    add(runs: number): number {
      total += runs;
      return runs;
    },
  };
}
