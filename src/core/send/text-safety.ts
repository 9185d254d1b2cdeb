/** Control characters (CR and LF among them) would let a name or address write its own headers. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

/** A plain address: local@domain, without spaces, brackets, quotes or separators. */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

export function isPlainAddress(value: string): boolean {
  return ADDRESS.test(value) && !hasControlCharacters(value);
}
