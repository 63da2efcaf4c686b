import type { AttributeSource } from './model.js';

/** The parts of a JSON Schema node that lparlint reads, including its own `x-` annotations. */
export interface SchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly readOnly?: boolean;
  readonly $ref?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly allOf?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
  /** What the value may be, in words an admin reads in a message. */
  readonly 'x-expected'?: string;
  readonly 'x-source'?: AttributeSource;
  readonly 'x-input-name'?: string;
  readonly 'x-recommended'?: readonly string[];
}

/** Follows a local `$ref` (`#/$defs/name`); the schema uses no other kind. */
export function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace(/^#\/\$defs\//, '');
  const target = root.$defs?.[name];
  if (!target) throw new Error(`lparlint: schemas/profile.schema.json has no $defs entry for ${node.$ref}`);
  return resolveRef(root, target);
}

/**
 * The schema node that describes the instance value at `segments` (attribute, item index, field,
 * comma part), or undefined when the schema does not describe that place.
 */
export function nodeAt(root: SchemaNode, segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    const here: SchemaNode = resolveRef(root, node);
    node = here.type === 'array' ? here.items : here.properties?.[segment];
  }
  return node;
}

/**
 * What a node allows, in words: its `x-expected`, else a phrase built from enum, const, ranges
 * and branches. A bare `pattern` says nothing a person can read, so such nodes carry `x-expected`.
 */
export function expectedText(root: SchemaNode, node: SchemaNode): string {
  return phrase(root, node) ?? 'a valid value';
}

function phrase(root: SchemaNode, node: SchemaNode): string | undefined {
  if (node['x-expected'] !== undefined) return node['x-expected'];
  if (node.$ref !== undefined) return phrase(root, resolveRef(root, node));
  if (node.enum) return `one of: ${node.enum.join(', ')}`;
  if (node.const !== undefined) return String(node.const);
  const branches = node.anyOf ?? node.allOf;
  if (branches) {
    const parts = branches.map((b) => phrase(root, b)).filter((p): p is string => p !== undefined);
    return parts.length > 0 ? parts.join(node.anyOf ? ', or ' : ' and ') : undefined;
  }
  if (node.type === 'integer' || node.type === 'number') return numberPhrase(node.type, node.minimum, node.maximum);
  if (node.type === 'string' && node.pattern === undefined) return 'text';
  return undefined;
}

function numberPhrase(type: 'integer' | 'number', min: number | undefined, max: number | undefined): string {
  const noun = type === 'integer' ? 'an integer' : 'a number';
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  if (min !== undefined) return `${noun}, at least ${min}`;
  if (max !== undefined) return `${noun}, at most ${max}`;
  return noun;
}
