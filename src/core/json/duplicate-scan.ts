/**
 * A cheap test for duplicate keys in text that JSON.parse has already accepted: JSON.parse keeps
 * only the last of two equal keys, so a document has a duplicate exactly when it writes more keys
 * than the parsed value has properties. Only then is the offset tree needed to say where.
 */
export function mayHaveDuplicateKeys(validJsonText: string, value: unknown): boolean {
  return countKeysAtLeast(validJsonText) !== countProperties(value);
}

const QUOTE = 34;
const SPACE = 32;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const TAB = 9;

/**
 * The keys the text writes, or more: never fewer, which is all the test above needs (a count
 * above the properties only costs the offset tree). A key ends in `":`, which a string holds
 * only as an escaped quote before a colon. One pass over the colons (indexOf runs natively): a
 * colon after white space may end a key written with space before its colon, and sends the text
 * to the exact count. On 10,000 persons, in a fresh process: 5.3–6.5 ms before (a regular
 * expression for spaced colons, then a search for `":`), 3.9–4.1 ms.
 */
function countKeysAtLeast(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === QUOTE) count++;
    else if (before === SPACE || before === LINE_FEED || before === CARRIAGE_RETURN || before === TAB)
      return countKeysExactly(text);
  }
  return count;
}

function countKeysExactly(text: string): number {
  let keys = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    let close = text.indexOf('"', i + 1);
    while (isEscaped(text, close)) close = text.indexOf('"', close + 1);
    let next = close + 1;
    let c = text.charCodeAt(next);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++next);
    if (c === 58) keys++;
    i = text.indexOf('"', next);
  }
  return keys;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The properties of a parsed value, counted without recursion (the value may nest deep); only
 * containers go on the stack, which halves the pushes of a file that is mostly strings.
 */
function countProperties(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const current = stack.pop() as object;
    if (Array.isArray(current)) {
      for (const item of current as unknown[])
        if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key in current) {
      count++;
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return count;
}
