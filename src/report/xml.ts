/**
 * Characters that XML 1.0 does not allow at all, not even as character references: C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A profile
 * file that the `encoding` rule reports may put one into a message; it becomes U+FFFD.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const replace = (text: string, special: RegExp): string => text.replace(NOT_XML, '\ufffd').replace(special, (c) => REFERENCES[c]!);

/**
 * Text for an attribute value in double quotes. Tabs and line ends become references too, since a
 * parser turns raw ones in an attribute into blanks.
 */
export function escapeXmlAttribute(text: string): string {
  return replace(text, /[&<>"\t\n\r]/g);
}

/** Text for element content: line breaks stay as they are; a carriage return is kept as a reference, which parsers would drop. */
export function escapeXmlText(text: string): string {
  return replace(text, /[&<>\r]/g);
}
