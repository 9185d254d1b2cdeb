/**
 * Text that came from a server (a reply, an error, a transcript line) before anyone sees it: a
 * server may echo what it was sent, so the password, the AUTH argument and any base64 that decodes
 * to something holding the password are masked, and a reply is cut to a length a person reads.
 */

export const MASK = '<redacted>';

/** What a person reads of one reply or error; a 200 KB reply says nothing more at 200 KB. */
export const MAX_SHOWN_CHARACTERS = 500;

/** Runs of base64 (standard or URL-safe, with or without padding) long enough to hide a secret. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{4,}={0,2}/g;

/**
 * Below this, a literal match would mask ordinary words; such a password is still masked in any
 * base64 run (the AUTH argument) that decodes to contain it.
 */
const SHORTEST_LITERAL = 3;

export class SecretMask {
  private readonly password: string | undefined;

  constructor(password?: string) {
    this.password = password === '' ? undefined : password;
  }

  /** The text with every trace of the password masked, then cut to what a person reads. */
  shown(text: string): string {
    return cut(this.masked(text));
  }

  masked(text: string): string {
    const password = this.password;
    if (password === undefined) return text;
    let safe = password.length >= SHORTEST_LITERAL ? text.split(password).join(MASK) : text;
    safe = safe.replace(BASE64_RUN, (run) => (decodesToContain(run, password) ? MASK : run));
    return safe;
  }
}

/** Whether a base64 run (in either alphabet) decodes to bytes that hold the secret's UTF-8. */
function decodesToContain(run: string, secret: string): boolean {
  const needle = Buffer.from(secret, 'utf8');
  const standard = run.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  // A run may start mid-quantum when it was cut out of a longer token: try each alignment.
  for (let skip = 0; skip < 4 && standard.length - skip >= 2; skip++) {
    if (Buffer.from(standard.slice(skip), 'base64').includes(needle)) return true;
  }
  return false;
}

function cut(text: string): string {
  if (text.length <= MAX_SHOWN_CHARACTERS) return text;
  const more = text.length - MAX_SHOWN_CHARACTERS;
  return `${text.slice(0, MAX_SHOWN_CHARACTERS)}… (+${more} characters)`;
}
