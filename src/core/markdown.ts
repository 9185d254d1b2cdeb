/** Text from a user's file or a received message, put into Markdown as text, never as markup. */
export function markdownText(value: string): string {
  return value.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

/** A value in code style, exactly as it is, whatever backticks it holds. */
export function markdownCode(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || clean.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
