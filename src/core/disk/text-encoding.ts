/**
 * The encodings a nova-mail.json arrives in: UTF-8 (with or without a BOM), and UTF-16 with a BOM,
 * which Windows PowerShell 5.1 writes (`Out-File`, `>`). The BOM stays in the text (U+FEFF), so
 * that a fix writes the file back in the encoding it came in.
 */
export type TextEncodingName = 'utf8' | 'utf16le' | 'utf16be';

const STRICT = {
  utf8: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  utf16le: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  utf16be: new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

/** The encoding a file's bytes say by their BOM (UTF-8 without one). */
export function encodingOf(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return 'utf8';
}

/** A browser has no Buffer: its TextDecoder, which also writes U+FFFD for what is not UTF-8. */
const LOOSE_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text, or undefined when the bytes are not valid in the encoding they say. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | undefined {
  const encoding = encodingOf(bytes);
  if (encoding === 'utf8') {
    // Fast path: valid UTF-8 decodes without U+FFFD; only then is the strict decoder needed.
    const text =
      typeof Buffer === 'function'
        ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
        : LOOSE_UTF8.decode(bytes);
    if (!text.includes('\ufffd')) return { text, encoding };
  }
  try {
    return { text: STRICT[encoding].decode(bytes), encoding };
  } catch {
    return undefined;
  }
}

/** The text in the encoding given (its BOM is in the text when it had one). */
export function encodeText(text: string, encoding: TextEncodingName): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const little = Buffer.from(text, 'utf16le');
  return encoding === 'utf16le' ? little : little.swap16();
}
