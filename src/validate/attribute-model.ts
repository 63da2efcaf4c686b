import type { AttributeInfo, SchemaModel } from './model.js';
import { expectedText, resolveRef, type SchemaNode } from './schema-nodes.js';

/** The schema's attributes and tiers in the form the rules use. */
export function attributeModel(root: SchemaNode): SchemaModel {
  const attributes = new Map<string, AttributeInfo>();
  for (const [name, node] of Object.entries(root.properties ?? {})) {
    const inputName = node['x-input-name'];
    const source = node['x-source'];
    if (source === undefined) throw new Error(`lparlint: schemas/profile.schema.json: ${name} has no x-source`);
    attributes.set(name, {
      name,
      description: node.description ?? '',
      expected: expectedText(root, node),
      readOnly: node.readOnly === true,
      ...(inputName !== undefined ? { inputName } : {}),
      source,
      list: resolveRef(root, node).type === 'array',
    });
  }
  return { attributes, required: root.required ?? [], recommended: root['x-recommended'] ?? [] };
}
