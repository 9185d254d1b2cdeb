/**
 * Text from files, file names and servers is shown with its control characters visible, never
 * obeyed: an ESC, a BEL or a CR in a person's name must not paint, ring or overwrite a line on a
 * terminal (and so forge a problem line), and a bidirectional override must not turn a shown name
 * around. Used for terminal lines, CSV cells and HTML alike.
 */
// Also the invisible ones that tell two names apart or move text around them: zero-width space,
// the bidirectional marks, the line and paragraph separators (a line break to some terminals), and
// the BOM, the soft hyphen. Not the zero-width (non-)joiners: Persian and emoji sequences need
// them. Helpers' findings: U+2028, U+200B, U+FEFF and U+200F passed raw, and U+00AD.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What a message shows of a value someone typed: a 100 KB --format or --server gave 100 KB lines. */
export const SHOWN_OF_TYPED = 200;

/** The value cut to `max` characters with "…", never between the halves of a surrogate pair. */
export function shownTyped(value: string, max = SHOWN_OF_TYPED): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max);
  return (/[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head) + '…';
}

/** The same for text of several lines: each line escaped, the line breaks kept. */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}

/**
 * What JSON.stringify leaves raw although a terminal would obey it or not show it: C1 controls,
 * bidi overrides and marks, U+2028/9, zero-width space, the BOM.
 */
const RAW_IN_JSON =
  /[\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/**
 * JSON.stringify, with the characters it leaves raw written as \uXXXX escapes: the same values for
 * any JSON reader, nothing for a terminal to obey. (They can stand only inside strings.)
 */
export function safeJson(value: unknown, space: number | undefined = 2): string {
  return JSON.stringify(value, null, space).replace(
    RAW_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
