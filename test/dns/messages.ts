/**
 * Received messages for explain-mail: signed in the test with nodemailer's own DKIM signing, with
 * the public key published on the test DNS server, and the headers a recipient's server adds.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { Zone } from '../../scripts/servers/dns';
import { RELAY, RELAY_IP } from './zones';

export const SELECTOR = 'nova1';

export interface SigningKey {
  privateKey: string;
  /** The TXT record to publish at <selector>._domainkey.<domain>. */
  record: string;
}

export function signingKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    record: `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`,
  };
}

/** The key, published for each domain. */
export function dkimZone(key: SigningKey, domains: readonly string[]): Zone {
  return Object.fromEntries(
    domains.map((domain) => [`${SELECTOR}._domainkey.${domain}`, { TXT: [key.record] }]),
  );
}

export interface ReceivedOptions {
  from: string;
  key: SigningKey;
  /** Which server handed it to the recipient: the relay (default) or another one. */
  via?: 'relay' | 'other';
  /** The recipient server's own Authentication-Results, as it wrote them. */
  authenticationResults?: string;
  /** false: saved without a Return-Path header (as many saved copies are). */
  returnPath?: boolean;
  /** The recipient (vastaanottaja@recipient.test when absent). */
  to?: string;
  attachments?: { filename: string; content: Buffer; contentType?: string }[];
}

/** A message as the recipient saved it: signed by the From's domain, then stamped on arrival. */
export async function receivedMessage(options: ReceivedOptions): Promise<Buffer> {
  const domain = options.from.slice(options.from.indexOf('@') + 1);
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail({
    from: `Testi Oy laskutus <${options.from}>`,
    to: options.to ?? 'vastaanottaja@recipient.test',
    attachments: options.attachments,
    subject: 'Lasku 1001',
    text: 'Hei, lasku 1001 on liitteena.\r\n',
    date: new Date('2026-11-28T10:00:00Z'),
    messageId: '<lasku-1001@nova.test>',
    dkim: { domainName: domain, keySelector: SELECTOR, privateKey: options.key.privateKey },
  });
  const hop =
    options.via === 'other'
      ? 'from mail.elsewhere.test (mail.elsewhere.test [198.51.100.9])'
      : `from ${RELAY} (${RELAY} [${RELAY_IP}])`;
  const stamps = [
    ...(options.returnPath === false ? [] : [`Return-Path: <${options.from}>`]),
    ...(options.authenticationResults ? [`Authentication-Results: ${options.authenticationResults}`] : []),
    `Received: ${hop}\r\n by mx.recipient.test with ESMTP id 4f2a for <vastaanottaja@recipient.test>;\r\n Sat, 28 Nov 2026 10:00:02 +0000`,
    `Received: from nova-app01.internal (nova-app01.internal [10.1.2.3])\r\n by ${options.via === 'other' ? 'mail.elsewhere.test' : RELAY} with SMTP id 77;\r\n Sat, 28 Nov 2026 10:00:01 +0000`,
  ];
  return Buffer.concat([Buffer.from(stamps.join('\r\n') + '\r\n'), info.message as Buffer]);
}

/** The same message with its body changed after signing. */
export function tampered(message: Buffer): Buffer {
  const text = message.toString('latin1');
  const changed = text.replace('lasku 1001 on liitteena', 'maksa tilille FI00 1234');
  if (changed === text) throw new Error('the body to tamper with was not found');
  return Buffer.from(changed, 'latin1');
}
