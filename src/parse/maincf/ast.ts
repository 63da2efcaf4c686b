import type { Span } from '../../core/span.js';

/**
 * The parsed form of a VCS main.cf: what lparlint needs of it, every name and value with its span
 * into the source text. Grammar as summed up in the project's domain notes (vcs-lpar-agent.md §5),
 * from the VCS Administrator's Guide: "About the main.cf file"
 * (https://sort.veritas.com/public/documents/sfha/6.0/aix/productguides/html/vcs_admin/ch03s03.htm),
 * attribute data types and dimensions
 * (https://sort.veritas.com/public/documents/vie/7.0/linux/productguides/html/vcs_admin/ch03s05s01.htm)
 * and per-system values
 * (https://sort.veritas.com/public/documents/vie/7.0/linux/productguides/html/vcs_admin/ch03s05s04.htm).
 */

/** A text problem of main.cf, positioned; the message names what was expected. */
export interface MainCfIssue {
  readonly message: string;
  readonly span: Span;
}

/** A name as written (bare or quoted), without quotes. */
export interface Name {
  readonly text: string;
  readonly span: Span;
}

/**
 * One value: a bare or quoted string, or an integer (a bare string of digits). `value` is the
 * text without quotes and escapes; `span` holds the quotes.
 */
export interface Scalar {
  readonly kind: 'scalar';
  readonly value: string;
  readonly quoted: boolean;
  readonly span: Span;
}

/** `{ a, b }`: a vector or a keylist (the two are written alike; the type decides). */
export interface ListValue {
  readonly kind: 'list';
  readonly items: readonly Scalar[];
  /** From `{` to `}` (or to the last item when the brace is not closed). */
  readonly span: Span;
}

/** `{ k = v, k2 = v2 }`. */
export interface AssociationValue {
  readonly kind: 'association';
  readonly entries: readonly { readonly key: Scalar; readonly value: Scalar }[];
  readonly span: Span;
}

export type Value = Scalar | ListValue | AssociationValue;

/** `Name = value`, or the per-system form `Name@sys = value` (also `Name @sys = value`). */
export interface Attribute {
  readonly name: Name;
  /** The system of a per-system (localized) value; absent for the global value. */
  readonly system?: Name;
  readonly value: Value;
  /** From the name to the end of the value. */
  readonly span: Span;
}

export interface IncludeNode {
  readonly file: Scalar;
  readonly span: Span;
}

/** `cluster`, `system`: a keyword, a name and an optional attribute block. */
export interface DefinitionNode {
  readonly name: Name;
  readonly attributes: readonly Attribute[];
}

/** `<Type> <name> ( ... )` inside a group. */
export interface ResourceNode extends DefinitionNode {
  readonly type: Name;
}

/** `parent requires child`. */
export interface ResourceDependency {
  readonly parent: Name;
  readonly child: Name;
}

/** `requires group G2 online local firm`: the group, then the dependency's category, location and type. */
export interface GroupDependency {
  readonly group: Name;
  readonly qualifiers: readonly Name[];
}

/** `group G ( ... )` and every resource and dependency line that follows it, up to the next group. */
export interface GroupNode extends DefinitionNode {
  readonly resources: readonly ResourceNode[];
  readonly resourceDependencies: readonly ResourceDependency[];
  readonly groupDependencies: readonly GroupDependency[];
}

export interface MainCfDocument {
  readonly includes: readonly IncludeNode[];
  readonly clusters: readonly DefinitionNode[];
  readonly systems: readonly DefinitionNode[];
  readonly groups: readonly GroupNode[];
}
