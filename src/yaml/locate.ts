import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../core/span.js';

/** Where a place of the data (a JSON pointer's segments) is written in the YAML or JSON text. */
export interface YamlPlace {
  /** The key that names the place; absent for the document itself and for list items. */
  readonly key?: Span;
  /** The value written there; absent when the key has no value (`lpar101:`). */
  readonly value?: Span;
}

/**
 * Finds the key and value of a place such as ajv's `instancePath` names it. Aliases are followed
 * to their anchor, so a value that comes from an alias is shown where it is written.
 */
export function locate(document: Document.Parsed, segments: readonly string[]): YamlPlace {
  let node: unknown = document.contents;
  let key: Span | undefined;
  for (const segment of segments) {
    const here = isAlias(node) ? node.resolve(document) : node;
    if (isMap(here)) {
      const pair = here.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      key = isScalar(pair?.key) ? rangeOf(pair.key) : undefined;
      node = pair?.value;
    } else if (isSeq(here)) {
      key = undefined;
      node = here.items[Number(segment)];
    } else {
      return {};
    }
  }
  const value = rangeOf(node);
  return { ...(key ? { key } : {}), ...(value && value.end > value.start ? { value } : {}) };
}

/** The span of the place's key if it has one, else of its value, else the start of the text. */
export function keyOrValue(place: YamlPlace): Span {
  return place.key ?? place.value ?? { start: 0, end: 0 };
}

/** The span of the place's value if it has one, else of its key. */
export function valueOrKey(place: YamlPlace): Span {
  return place.value ?? keyOrValue(place);
}

function rangeOf(node: unknown): Span | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}
