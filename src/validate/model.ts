import type { Span } from '../core/span.js';

/** Which saved HMC output an attribute comes from (hmc-attributes.md §2.0, seed procedure). */
export type AttributeSource = 'lpar' | 'prof' | 'both';

/** What the schema says about one attribute, in the form rules need. */
export interface AttributeInfo {
  readonly name: string;
  readonly description: string;
  /** Human text of the allowed values, e.g. "an integer number of MB" or "one of: ded, shared". */
  readonly expected: string;
  /** JSON Schema `readOnly`: lssyscfg state that partition creation rejects. */
  readonly readOnly: boolean;
  /** For a read-only listing name, the attribute to use for input instead (if any). */
  readonly inputName?: string;
  /** The `lssyscfg` output that prints it. */
  readonly source: AttributeSource;
  /** True for list-valued attributes (`none` = empty list). */
  readonly list: boolean;
}

export interface SchemaModel {
  /** The known attributes, by name. */
  readonly attributes: ReadonlyMap<string, AttributeInfo>;
  /** Missing is an error: what every current HMC prints and creation or failover needs. */
  readonly required: readonly string[];
  /** Missing is a warning: listed by the procedure, printed only by some hardware generations. */
  readonly recommended: readonly string[];
}

/**
 * One ajv error, translated: at the position of the attribute, item or field that failed, with a
 * message a person understands. `kind` tells which rule reports it.
 */
export interface SchemaIssue {
  /** `value`: a scalar attribute's value; `item`: a list item or one of its fields. */
  readonly kind: 'value' | 'item';
  readonly attribute: string;
  /** JSON pointer into the validated instance, e.g. `/virtual_fc_adapters/0/wwpns`. */
  readonly pointer: string;
  readonly span: Span;
  readonly message: string;
}

export interface ValidationResult {
  /** The document as validated, after ajv's type coercion: numbers are numbers here. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly issues: readonly SchemaIssue[];
}
