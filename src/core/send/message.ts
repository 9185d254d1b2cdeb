/** The test message: what was tested, in both languages, and the trusted-sender advice. */
import { hostAndPort } from './host-port';
import { TRUSTED_SENDER } from '../nova';
import type { Lang } from '../types';
import type { Sender, TransportSettings } from './types';

export interface MessageFacts {
  transport: TransportSettings;
  sender: Sender;
  mode: 'personRegister' | 'defined';
  deliveryReceipt: boolean;
  company?: string;
  time: Date;
  lang: Lang;
}

export function composeMessage(facts: MessageFacts): { subject: string; text: string } {
  const { transport, sender } = facts;
  const server = hostAndPort(transport);
  const subject = {
    fi: `Nova Mail -testiviesti (${server}, SSL ${transport.ssl ? 'käytössä' : 'ei käytössä'})`,
    en: `Nova Mail test message (${server}, SSL ${transport.ssl ? 'on' : 'off'})`,
  };
  const person = sender.citrixId ? `${sender.name ?? ''} (${sender.citrixId})`.trim() : undefined;
  const rows: [string, string, string][] = [
    ['SMTP-palvelin', 'SMTP server', transport.host],
    ['Portti', 'Port', String(transport.port)],
    ['SSL', 'SSL', transport.ssl ? 'käytössä / on' : 'ei käytössä / off'],
    [
      'Lähettäjä',
      'Sender',
      facts.mode === 'defined'
        ? 'Määritelty sähköpostin lähettäjä / defined sender'
        : 'Henkilörekisterin sähköpostilähettäjä / person register',
    ],
    ...(person ? [['Henkilö', 'Person', person] as [string, string, string]] : []),
    ['Lähettäjän osoite', 'From address', sender.address],
    ['Lähetyskuittaus', 'Delivery receipt', facts.deliveryReceipt ? 'käytössä / on' : 'ei käytössä / off'],
    ...(facts.company ? [['Yritys', 'Company', facts.company] as [string, string, string]] : []),
    ['Aika', 'Time', facts.time.toISOString()],
  ];
  const table = rows.map(([fi, en, value]) => `  ${fi} / ${en}: ${value}`).join('\n');
  const hosted = transport.profile === 'hosted';
  const paragraphs = {
    fi: [
      'Tämä on Nova Mail -testiviesti, joka lähetettiin nova-mail.json-tiedoston asetuksilla.',
      hosted
        ? `Jos Noven sähköpostit eivät tule perille, lisää ${TRUSTED_SENDER} luotetuksi lähettäjäksi: sovelluspalvelun sähköpostit tulevat siitä osoitteesta.`
        : 'Jos Noven sähköpostit eivät tule perille, tarkista lähettäjän verkkotunnuksen SPF- ja DMARC-tietueet (nova-mail check-dns).',
    ],
    en: [
      'This is a Nova Mail test message, sent with the settings of a nova-mail.json file.',
      hosted
        ? `If mail from Nova goes missing, add ${TRUSTED_SENDER} as a trusted sender: the hosted service's mail comes from that address.`
        : "If mail from Nova goes missing, check the SPF and DMARC records of the sender's domain (nova-mail check-dns).",
    ],
  };
  const first = facts.lang;
  const second: Lang = first === 'fi' ? 'en' : 'fi';
  const override = transport.overridden
    ? '\n  (Palvelin ohitettu testausta varten / server overridden for testing)'
    : '';
  const text = [
    paragraphs[first][0],
    paragraphs[second][0],
    `${table}${override}`,
    paragraphs[first][1],
    paragraphs[second][1],
  ].join('\n\n');
  return { subject: `${subject[first]} / ${subject[second]}`, text: `${text}\n` };
}
