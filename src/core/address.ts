import { domainToASCII } from 'url';

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
  return `${local}@${domainToASCII(domain) || domain}`;
}

export function sameAddress(a: string, b: string): boolean {
  return normalizeAddress(a) === normalizeAddress(b);
}
