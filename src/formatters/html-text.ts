// Escaping for the HTML report. Document text is untrusted (spam, hidden markup): everything is escaped, and
// invisible or direction-changing characters are shown as visible code points so they cannot hide or reorder text.

const HTML_SPECIALS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Controls (but tab and newline), soft hyphen, zero-width and bidi controls, fillers, variation selectors, BOM, tags. */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Text for an element's content: escaped, invisible characters as a visible badge. */
export function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_SPECIALS[c]!).replace(INVISIBLE, (ch) => `<span class="inv">${codePoint(ch)}</span>`);
}

/** Text for an attribute value (in double quotes): escaped, invisible characters spelled out, newlines kept. */
export function escapeAttr(s: string): string {
  return s
    .replace(INVISIBLE, (ch) => `⟨${codePoint(ch)}⟩`)
    .replace(/[&<>"']/g, (c) => HTML_SPECIALS[c]!)
    .replace(/\r?\n/g, '&#10;');
}
