/**
 * A JSON Schema with every object closed (`additionalProperties: false`): validating
 * against it, the parser must not emit a field the schema does not document, at any depth.
 */
export function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: unknown } = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, closed(v)]));
  if ('properties' in out) out.additionalProperties = false;
  return out;
}
