import * as path from 'path';

/**
 * How one operating system spells and compares paths. Windows: `\` and `/` both separate, drive
 * letters and UNC shares (`\\server\share\…`) are roots, names compare without regard to case (NTFS,
 * SMB). macOS: `/`, and its default volumes compare without regard to case or Unicode form (NFC/NFD).
 * Linux: `/`, and a name is its bytes.
 */
export interface PathRules {
  readonly platform: NodeJS.Platform;
  readonly api: path.PlatformPath;
  /** `\` and `/` on Windows; `/` elsewhere (where `\` is an ordinary letter of a name). */
  isSeparator(character: string): boolean;
  /** Whether names are compared without regard to letter case (and, on macOS, Unicode form). */
  readonly caseInsensitive: boolean;
}

export function pathRules(platform: NodeJS.Platform = process.platform): PathRules {
  // Made once per system: a walk asks for them for every name it meets.
  let rules = RULES_OF.get(platform);
  if (!rules) {
    const windows = platform === 'win32';
    rules = Object.freeze({
      platform,
      api: windows ? path.win32 : path.posix,
      isSeparator: windows ? (c: string) => c === '\\' || c === '/' : (c: string) => c === '/',
      caseInsensitive: windows || platform === 'darwin',
    });
    RULES_OF.set(platform, rules);
  }
  return rules;
}

const RULES_OF = new Map<NodeJS.Platform, PathRules>();

/** The path as this system writes it: on Windows with `\` only. */
export function nativeSeparators(file: string, rules = pathRules()): string {
  return rules.platform === 'win32' ? file.replace(/\//g, '\\') : file;
}

/** The path with `/` only: the same text on every system (JSON, SARIF, CSV; `/` works on Windows too). */
export function portableSeparators(file: string, rules = pathRules()): string {
  return rules.platform === 'win32' ? file.replace(/\\/g, '/') : file;
}

/**
 * Whether `file` lies strictly inside `folder`; both absolute real paths, as bytes (a Linux name
 * need not be valid UTF-8; Windows and macOS names always are). A fix is never written outside the
 * folders being checked, so when in doubt (a `\\?\` prefix on one side only, say) this says no.
 */
export function isInsideFolder(file: Buffer, folder: Buffer, rules = pathRules()): boolean {
  const key = (bytes: Buffer) => comparable(rules.api.normalize(decode(bytes, rules)), rules);
  const inner = key(file);
  const outer = key(folder);
  const prefix = /[\\/]$/.test(outer) ? outer : outer + rules.api.sep;
  return inner.length > prefix.length && inner.startsWith(prefix);
}

function decode(bytes: Buffer, rules: PathRules): string {
  // Byte for byte on Linux (latin1 maps each byte to one character); Unicode elsewhere.
  const text = bytes.toString(rules.platform === 'win32' || rules.platform === 'darwin' ? 'utf8' : 'latin1');
  return rules.platform === 'win32' ? withoutLongPathPrefix(text) : text;
}

/** `\\?\C:\x` is `C:\x` and `\\?\UNC\server\share` is `\\server\share` (Windows' long-path forms). */
function withoutLongPathPrefix(file: string): string {
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(file)) return '\\\\' + file.slice(8);
  if (/^[\\/]{2}\?[\\/][A-Za-z]:/.test(file)) return file.slice(4);
  return file;
}

function comparable(file: string, rules: PathRules): string {
  if (!rules.caseInsensitive) return file;
  const form = rules.platform === 'darwin' ? file.normalize('NFC') : file;
  // One letter for one letter (as NTFS's upcase table): never 'ß' -> 'SS', which would make two names one.
  let folded = '';
  for (const letter of form) {
    const upper = letter.toUpperCase();
    folded += upper.length === letter.length ? upper : letter;
  }
  return folded;
}
