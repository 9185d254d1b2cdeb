/**
 * Nesting a file cannot use to exhaust the stack. A nova-mail.json nests four levels deep; any
 * container deeper than MAX_DEPTH is replaced, before parsing, by `0` padded with spaces to
 * the same length, so every offset outside it stays where it was and nothing recurses past it.
 */
export const MAX_DEPTH = 64;

export interface Masked {
  /** The text to parse: a BOM becomes a space, too-deep containers become `0` + spaces. */
  text: string;
  /** The containers that were cut (offset of the opening character, length to its end). */
  cuts: { offset: number; length: number }[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/** A single pass over the text, iterative: strings end at their quote or, when broken, at a line break. */
export function maskDeepNesting(text: string): Masked {
  const bom = text.charCodeAt(0) === 0xfeff;
  const cuts: Masked['cuts'] = [];
  let depth = 0;
  let cutStart = -1;
  for (let i = bom ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth === MAX_DEPTH + 1 && cutStart < 0) cutStart = i;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth > 0) depth--;
      if (depth === MAX_DEPTH && cutStart >= 0) {
        cuts.push({ offset: cutStart, length: i + 1 - cutStart });
        cutStart = -1;
      }
    }
  }
  if (cutStart >= 0) cuts.push({ offset: cutStart, length: text.length - cutStart });
  if (cuts.length === 0) return { text: bom ? ` ${text.slice(1)}` : text, cuts };
  const parts: string[] = [bom ? ' ' : ''];
  let cursor = bom ? 1 : 0;
  for (const cut of cuts) {
    parts.push(text.slice(cursor, cut.offset), '0'.padEnd(cut.length, ' '));
    cursor = cut.offset + cut.length;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), cuts };
}

/** The offset of the quote that closes the string opening at `start` (or of the line break or end that cuts it). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE || c === LINE_FEED || c === CARRIAGE_RETURN) return i;
  }
  return text.length;
}
