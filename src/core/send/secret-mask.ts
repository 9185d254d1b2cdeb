/**
 * Text that came from a server (a reply, an error, a transcript line) before anyone sees it: a
 * server may echo what it was sent, so the password, the AUTH argument and any base64 that decodes
 * to something holding the password are masked, and a reply is cut to a length a person reads.
 * Only the server's text passes through here, never nova-mail's own words: a password that is an
 * ordinary word ("salasana") must not blank out the advice, nor show itself by where it is missing.
 */

import type { Lang } from '../types';

/**
 * What replaces a server's text that holds the password, or half of it, in any form: the whole
 * text, never a piece of it (a masked piece tells the password by where it is missing:
 * "au<redacted>ntication").
 */
export const MASKS: Record<Lang, string> = {
  en: '<redacted: the server repeated the password or a part of it>',
  fi: '<poistettu: palvelin toisti salasanan tai osan siitä>',
};
export const MASK = MASKS.en;

/** What a person reads of one reply or error; a 200 KB reply says nothing more at 200 KB. */
export const MAX_SHOWN_CHARACTERS = 500;

/** How a cut reply says what was left out. */
const LEFT_OUT: Record<Lang, (count: number) => string> = {
  en: (count) => `(+${count} characters)`,
  fi: (count) => `(+${count} merkkiä)`,
};

/** Runs of base64 (standard or URL-safe, with or without padding) long enough to hide a secret. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{4,}={0,2}/g;

/**
 * Below this, a literal match would withhold nearly every reply; such a password is still found in
 * any base64 run (the AUTH argument) that decodes to contain it.
 */
const SHORTEST_LITERAL = 3;

/**
 * The shortest piece of a password that withholds a reply as the whole password does: half of it,
 * and never under 4 characters ("250 queued S3cret-Pw!4" showed 11 of 12). Shorter pieces would
 * withhold ordinary replies for a password that holds a year or a word.
 */
const SHORTEST_PIECE = 4;

/**
 * What a terminal does not show, or shows apart from the text around it: escape sequences, control
 * characters, invisible format characters, white space, and the code and status that start each
 * line of a multi-line reply (`535-5.7.8 `). Taken out, the pieces of a split password meet.
 */
const HIDDEN_BETWEEN = [
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-_]/g,
  /^[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?/gm,
  // eslint-disable-next-line no-control-regex
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g,
];

export class SecretMask {
  private readonly password: string | undefined;

  constructor(
    password?: string,
    /** The language of the mask and of the cut's words (the rest is the server's own). */
    private readonly lang: Lang = 'en',
  ) {
    this.password = password === '' ? undefined : password;
  }

  /** The server's text with every trace of the password masked, then cut to what a person reads. */
  shown(text: string): string {
    return this.cut(this.masked(text));
  }

  masked(text: string): string {
    const password = this.password;
    if (password === undefined) return text;
    return holds(text, password) ? MASKS[this.lang] : text;
  }

  /** A text cut to what a person reads of one reply or line. */
  cut(text: string): string {
    return cutForDisplay(text, this.lang);
  }
}

/**
 * Whether the text holds the password: as it is, in any base64 run (the AUTH argument), or once
 * what a terminal hides between its pieces is gone (split over a multi-line reply, interleaved
 * with escapes or invisible characters), in hex or percent-encoded.
 */
function holds(text: string, password: string): boolean {
  if (holdsPiece(text, password)) return true;
  if ((text.match(BASE64_RUN) ?? []).some((run) => decodesToContain(run, password))) return true;
  return holdsHidden(text, password);
}

/**
 * Whether the text still holds the password, or half of it (as holdsPiece reads a text), once
 * what a terminal hides between its pieces is gone; once every character but letters and digits
 * is gone (`K.e.s.ä`); reversed; or in any encoding a server could echo it in (decodings).
 */
function holdsHidden(text: string, password: string): boolean {
  const joined = HIDDEN_BETWEEN.reduce((current, pattern) => current.replace(pattern, ''), text);
  // As typed, reversed, and composed (NFKC below composes a reply's NFD).
  const forms = new Set([password, [...password].reverse().join(''), password.normalize('NFC')]);
  // Decoded as it came too: taking out white space can glue a digit to a hex run ("5.7.84b65…").
  for (const candidate of [joined, ...decodings(joined), ...decodings(text)])
    for (const form of forms) if (holdsPiece(candidate, form)) return true;
  // Pieces as long as the whole password's half: stripping must not make a shorter piece count.
  return holdsPiece(lettersAndDigits(joined), lettersAndDigits(password), pieceOf(password));
}

/**
 * The text as each encoding a server could echo the password in would read it (helper-18 tried
 * them all): Unicode's compatibility form (NFD's combining marks, fullwidth letters), hex and
 * percent-encoded bytes, quoted-printable, \u and HTML numeric escapes, and base64 runs decoded
 * one after another (a multi-line reply's pieces, each padded), as UTF-8, Latin-1 and UTF-16.
 */
function decodings(text: string): string[] {
  const runs = text.match(BASE64_RUN) ?? [];
  const base64 = Buffer.concat(runs.map((run) => Buffer.from(toStandardBase64(run), 'base64')));
  return [
    text.normalize('NFKC'),
    ...bytesDecoded(text, HEX_RUN, hexDigits),
    // A run that starts one digit early (a digit before it, glued on): its bytes a nibble later.
    ...bytesDecoded(text, HEX_RUN, (run) => hexDigits(run).slice(1)),
    ...bytesDecoded(text, PERCENT_RUN, (run) => run.replace(/%/g, '')),
    ...bytesDecoded(text, QUOTED_PRINTABLE_RUN, (run) => run.replace(/=/g, '')),
    text.replace(
      /\\u([0-9a-f]{4})|&#x([0-9a-f]{1,6});|&#(\d{1,7});/gi,
      (_whole, u?: string, x?: string, d?: string) =>
        String.fromCodePoint(Math.min(parseInt(u ?? x ?? d ?? '0', d ? 10 : 16), 0x10ffff)),
    ),
    base64.toString('utf8'),
    base64.toString('latin1'),
    base64.toString('utf16le'),
  ];
}

/** Runs of two or more hex bytes, maybe `0x`-prefixed or separated by `:`, `-`, `,` or space. */
const HEX_RUN = /(?:0x)?[0-9a-f]{2}(?:[:, -]?(?:0x)?[0-9a-f]{2})+/gi;
const PERCENT_RUN = /(?:%[0-9a-f]{2})+/gi;
const QUOTED_PRINTABLE_RUN = /(?:=[0-9a-f]{2})+/gi;

/** The text with each run's bytes (its hex digits, as `hexOf` gives them) read as UTF-8, then as Latin-1. */
function bytesDecoded(text: string, run: RegExp, hexOf: (run: string) => string): string[] {
  const decoded = (encoding: BufferEncoding) =>
    text.replace(run, (found) => {
      const hex = hexOf(found);
      return Buffer.from(hex.length % 2 === 0 ? hex : hex.slice(0, -1), 'hex').toString(encoding);
    });
  return [decoded('utf8'), decoded('latin1')];
}

function hexDigits(run: string): string {
  return run.replace(/0x/gi, '').replace(/[^0-9a-f]/gi, '');
}

function toStandardBase64(run: string): string {
  return run.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
}

/**
 * Whether the text holds the password, or a piece of half its length (at least SHORTEST_PIECE),
 * in any letter case: a server that repeats it in capitals, or only its start, shows it too.
 */
function holdsPiece(text: string, password: string, piece = pieceOf(password)): boolean {
  if (password.length < SHORTEST_LITERAL) return false;
  const lowerText = text.toLowerCase();
  const lowerPassword = password.toLowerCase();
  if (password.length < piece) return lowerText.includes(lowerPassword);
  for (let start = 0; start + piece <= lowerPassword.length; start++)
    if (lowerText.includes(lowerPassword.slice(start, start + piece))) return true;
  return false;
}

/** The shortest piece of this password that withholds a reply (see SHORTEST_PIECE). */
function pieceOf(password: string): number {
  return Math.max(SHORTEST_PIECE, Math.ceil(password.length / 2));
}

/**
 * Whether a base64 run (in either alphabet) decodes to bytes that hold the secret's UTF-8, or half
 * of it as holdsPiece reads a text (a helper's server sent each half base64-encoded on its own).
 */
function decodesToContain(run: string, secret: string): boolean {
  const needle = Buffer.from(secret, 'utf8');
  const standard = toStandardBase64(run);
  // A run may start mid-quantum when it was cut out of a longer token: try each alignment.
  for (let skip = 0; skip < 4 && standard.length - skip >= 2; skip++) {
    const decoded = Buffer.from(standard.slice(skip), 'base64');
    if (decoded.includes(needle) || holdsPiece(decoded.toString('utf8'), secret)) return true;
  }
  return false;
}

/** The letters and digits of a text, in order (what is left of `K.e.s.ä.2` is `Kesä2`). */
function lettersAndDigits(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** A text cut to what a person reads of one reply or line. */
export function cutForDisplay(text: string, lang: Lang = 'en'): string {
  if (text.length <= MAX_SHOWN_CHARACTERS) return text;
  return `${text.slice(0, MAX_SHOWN_CHARACTERS)}… ${LEFT_OUT[lang](text.length - MAX_SHOWN_CHARACTERS)}`;
}
