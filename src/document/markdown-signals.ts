// Where a Markdown text could hold a construct that costs a parser time to look for, decided without a parser.

/**
 * A line that could be the delimiter row every GFM table has (`| --- | :-: |`, `--|--`, `:-`), after block-quote
 * markers and indentation: only pipes, colons, hyphens and blanks, with a pipe or a colon (`---` alone is a
 * thematic break or a setext underline). Line endings are LF, CRLF or CR, as in Markdown. A line of prose fails at
 * its first character.
 */
const DELIMITER_ROW = /(?:^|[\n\r])[ \t>]*(?:[|:][|:\- \t>]*|-[- \t>]*[|:][|:\- \t>]*)(?=[\n\r]|$)/;

/** Front matter, closed or not, opens a document (after a byte order mark, which micromark drops). */
const FRONT_MATTER_START = /^\uFEFF?(?:---|\+\+\+)/;

/** False when no line of `text` could be a table's delimiter row, so that the text holds no table. */
export function mayHoldTable(text: string): boolean {
  return DELIMITER_ROW.test(text);
}

/** False when `text` cannot open with front matter. */
export function mayOpenWithFrontMatter(text: string): boolean {
  return FRONT_MATTER_START.test(text);
}
