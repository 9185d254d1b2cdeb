/**
 * A cheap test for duplicate keys in text that JSON.parse has already accepted: JSON.parse keeps
 * only the last of two equal keys, so a document has a duplicate exactly when it writes more keys
 * than the parsed value has properties. Only then is the offset tree needed to say where.
 */
export function mayHaveDuplicateKeys(validJsonText: string, value: unknown): boolean {
  return countKeysInText(validJsonText) !== countProperties(value);
}

function countKeysInText(text: string): number {
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

/** The properties of a parsed value, counted without recursion (the value may nest deep). */
function countProperties(value: unknown): number {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    for (const key in current) {
      count++;
      stack.push((current as Record<string, unknown>)[key]);
    }
  }
  return count;
}
