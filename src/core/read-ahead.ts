/**
 * Starts `start` for the items in order, at most `window` ahead of the consumer, and yields each
 * result in item order. Reading files this way overlaps their I/O while the (synchronous) checks
 * go one by one; without it a batch spends most of its time waiting for one read after another.
 * `start` must not reject: a rejection would surface only when its turn comes.
 */
export async function* readAhead<T, R>(items: readonly T[], start: (item: T) => Promise<R>, window: number): AsyncGenerator<readonly [T, R]> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = (): void => {
    while (next < items.length && pending.length < window) pending.push(start(items[next++]!));
  };
  fill();
  for (const item of items) {
    const result = await pending.shift()!;
    fill();
    yield [item, result];
  }
}
