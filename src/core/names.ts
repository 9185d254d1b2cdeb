/**
 * The core's light entry: what the editor needs before any file is checked (which files are ours,
 * where each rule's page is). Everything else is in the core's main entry, index.ts, which the
 * extension loads only when it first checks a file.
 */
const SUFFIX = '.nova-mail.json';

/** File names that are ours: nova-mail.json and <anything>.nova-mail.json, in any letter case. */
export function isNovaMailFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'nova-mail.json' || (lower.endsWith(SUFFIX) && lower.length > SUFFIX.length);
}

/**
 * Each rule's documentation is docs/rules/<id>.md, shipped inside the extension: the editor links
 * to that copy (no network, the version installed), the CLI names the rule id.
 */
export const RULE_DOCS_FOLDER = 'docs/rules';
