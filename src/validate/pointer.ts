/**
 * JSON pointers (RFC 6901) as ajv writes them in `instancePath`: `/attr/0/field`, with `~` and `/`
 * inside a segment escaped as `~0` and `~1`.
 */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
