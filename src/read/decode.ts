// Not fatal: a profile file with bad bytes is still linted; the `encoding` rule reports the
// U+FFFD characters the decoder puts in their place. The BOM is kept so rules see it too.
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The text of a profile file from its bytes, never failing on bad UTF-8. */
export function decodeProfile(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
