/**
 * What a scanning service looks at in a received message: its size, its DMARC result (ours), and
 * each attachment's name, type, size and, for a PDF, its version and whether it is locked.
 */

export interface PdfFacts {
  /**
   * The later of the header's (`%PDF-1.4`) and the catalog's /Version (PDF 1.4+ may raise it
   * there); undefined when the file has no PDF header: then it is no PDF, whatever its name says.
   */
  version?: string;
  /** The trailer (or cross-reference stream) names an /Encrypt dictionary: locked or password protected. */
  locked: boolean;
}

export interface AttachmentFacts {
  name: string;
  type: string;
  bytes: number;
  pdf?: PdfFacts;
}

export interface MessageFacts {
  bytes: number;
  attachments: AttachmentFacts[];
  /** Our DMARC result for the message; undefined when it could not be told (see dmarcUnknown). */
  dmarc?: string;
  /** Why not: DNS cannot be reached, or the copy names no envelope sender and no signature passes. */
  dmarcUnknown?: 'offline' | 'copy';
}

/** mailparser's attachment, as far as it is read here. */
export interface ParsedAttachment {
  filename?: string;
  contentType: string;
  size: number;
  content: Buffer;
}

export function attachmentFacts(attachment: ParsedAttachment): AttachmentFacts {
  const name = attachment.filename ?? '';
  const type = attachment.contentType.toLowerCase();
  // A PDF by its type or name; a file of no particular type by its header. A text file that
  // merely holds "%PDF-" is text.
  const untyped = type === 'application/octet-stream' || type === '';
  const looksPdf =
    type === 'application/pdf' ||
    /\.pdf$/i.test(name) ||
    (untyped && attachment.content.subarray(0, 1024).includes('%PDF-', 0, 'latin1'));
  return {
    name,
    type,
    bytes: attachment.size,
    ...(looksPdf ? { pdf: pdfFacts(attachment.content) } : {}),
  };
}

/** "1.10" is later than "1.9": versions compare by their numbers. */
export function olderThan(version: string, other: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  const [otherMajor, otherMinor] = other.split('.').map(Number);
  return major < otherMajor || (major === otherMajor && minor < otherMinor);
}

/**
 * The version (the header's, raised by the catalog's /Version: PDF 32000-1 §7.5.2) and whether an
 * /Encrypt key stands in the trailer or a cross-reference stream's dictionary (§7.6.1), not in a
 * page's text. Read from the bytes: whether a PDF is locked needs no parser, and none is bundled.
 */
export function pdfFacts(content: Buffer): PdfFacts {
  const head = content.subarray(0, 1024).toString('latin1');
  const header = /%PDF-(\d\.\d+)/.exec(head)?.[1];
  if (!header) return { locked: false };
  const text = content.toString('latin1');
  const catalog = /\/Version\s*\/(\d\.\d+)/.exec(text)?.[1];
  const version = catalog && olderThan(header, catalog) ? catalog : header;
  return { version, locked: encryptedTrailer(text) };
}

/** How far around an /Encrypt key its dictionary is looked for: a trailer is a few hundred bytes. */
const DICTIONARY_REACH = 4096;

/**
 * Whether an /Encrypt key stands in the trailer or in a cross-reference stream's dictionary. Each
 * key is judged by the dictionary around it (the nearest << before it, >> after it, within reach):
 * linear in the file, where one regular expression over a 50 MB attachment of unmatched << took
 * quadratic time.
 */
function encryptedTrailer(text: string): boolean {
  for (let at = text.indexOf('/Encrypt'); at >= 0; at = text.indexOf('/Encrypt', at + 8)) {
    const open = text.lastIndexOf('<<', at);
    if (open < 0 || at - open > DICTIONARY_REACH) continue;
    const close = text.indexOf('>>', at);
    const dictionary = text.slice(
      open,
      close < 0 ? at + DICTIONARY_REACH : Math.min(close, at + DICTIONARY_REACH),
    );
    const before = text.slice(Math.max(0, open - 16), open);
    if (/trailer\s*$/.test(before) || /\/Type\s*\/XRef\b/.test(dictionary)) return true;
  }
  return false;
}
