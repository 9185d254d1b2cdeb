/**
 * One normal form for comparing e-mail addresses: the domain in ASCII (IDNA, as it travels in
 * SMTP: ääkkö.fi is xn--kk-uiaa6g.fi) and lower case, the local part lower case. For comparing
 * only; what a person typed is what is shown and sent.
 */
export function normalizeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address.trim().toLowerCase();
  const local = address.slice(0, at).trim().toLowerCase();
  const domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return `${local}@${asciiDomain(domain) || domain}`;
}

/** Characters that would make the URL parser read something else than a host name. */
const NOT_IN_A_HOST = /[\s/\\?#@:[\]%]/;

/**
 * A domain in ASCII by IDNA (UTS #46, as WHATWG's URL parser does it in Node and in a browser alike);
 * '' when it is no valid domain, as Node's url.domainToASCII says.
 */
export function asciiDomain(domain: string): string {
  if (domain === '' || NOT_IN_A_HOST.test(domain)) return '';
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return '';
  }
}

export function sameAddress(a: string, b: string): boolean {
  return normalizeAddress(a) === normalizeAddress(b);
}
