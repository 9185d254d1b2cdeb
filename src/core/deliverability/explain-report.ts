/** An explanation as a Markdown document: the editor previews it, the CLI prints it. */
import type { Lang } from '../types';
import type { Explanation } from './explain';
import { markdownCode as code, markdownText as text } from '../markdown';

const WORDS = {
  en: {
    title: 'What happened to this message',
    verdictOk: '✅ It came through the relay and authenticates.',
    verdictOkOwn: '✅ It authenticates (sent through the company’s own mail server).',
    ownRoute: (server: string) =>
      `Its sender’s nova-mail.json sends through the company’s own mail server **${server}**, not the hosted relay.`,
    verdictBad: '❌ Something needs fixing: see “What to do”.',
    message: 'The message',
    from: 'From',
    envelope: 'Envelope sender',
    envelopeSource: {
      'return-path': 'Return-Path',
      'authentication-results': 'the recipient’s Authentication-Results',
      'received-spf': 'Received-SPF',
      received: 'Received:',
    },
    envelopeUnknown: 'not in this copy (no Return-Path): SPF cannot be checked from it',
    ourDnsUnreachable:
      'Not made: DNS cannot be reached from this machine. The verdicts above are the recipient’s own.',
    unknownSender: 'unknown envelope sender',
    to: 'To',
    subject: 'Subject',
    date: 'Date',
    route: 'The way it came',
    routeNote: 'Newest first: the top line is the recipient’s server noting who handed it the message.',
    relayPassed: (relay: string) => `It passed through **${relay}**.`,
    relayMissed: (relay: string) => `It did **not** pass through **${relay}**.`,
    source: (ip: string) => `The recipient’s server saw it come from **${ip}**.`,
    noHops: 'The message has no Received: headers.',
    recipient: 'What the recipient’s server concluded',
    noRecipient: 'The message has no Authentication-Results header.',
    ours: 'Our check today',
    scanning: 'The invoice-scanning service',
    scanningSources: (date: string) => `Its rules as the service publishes them (read ${date}):`,
    sentBy: 'Which nova-mail.json sends as this From',
    noSender: 'None of them.',
    notLooked: 'No nova-mail.json was given to look in.',
    todo: 'What to do',
    none: 'none',
    server: 'server',
  },
  fi: {
    title: 'Mitä tälle viestille tapahtui',
    verdictOk: '✅ Se tuli välityspalvelimen kautta ja todentuu.',
    verdictOkOwn: '✅ Se todentuu (lähetetty yrityksen oman postipalvelimen kautta).',
    ownRoute: (server: string) =>
      `Sen lähettäjän nova-mail.json lähettää yrityksen oman postipalvelimen **${server}** kautta, ei sovelluspalvelun välityspalvelimen.`,
    verdictBad: '❌ Jotain on korjattava: katso ”Mitä tehdä”.',
    message: 'Viesti',
    from: 'Lähettäjä (From)',
    envelope: 'Kirjekuoren lähettäjä',
    envelopeSource: {
      'return-path': 'Return-Path',
      'authentication-results': 'vastaanottajan Authentication-Results',
      'received-spf': 'Received-SPF',
      received: 'Received:',
    },
    envelopeUnknown: 'ei tässä kopiossa (ei Return-Pathia): SPF:ää ei voi tarkistaa siitä',
    ourDnsUnreachable:
      'Ei tehty: DNS:ään ei saada yhteyttä tältä koneelta. Yllä olevat päätelmät ovat vastaanottajan omia.',
    unknownSender: 'kirjekuoren lähettäjä tuntematon',
    to: 'Vastaanottaja',
    subject: 'Aihe',
    date: 'Päivämäärä',
    route: 'Viestin reitti',
    routeNote: 'Uusin ensin: ylin rivi on vastaanottajan palvelimen merkintä siitä, kuka viestin sille toi.',
    relayPassed: (relay: string) => `Se kulki palvelimen **${relay}** kautta.`,
    relayMissed: (relay: string) => `Se **ei** kulkenut palvelimen **${relay}** kautta.`,
    source: (ip: string) => `Vastaanottajan palvelin näki sen tulevan osoitteesta **${ip}**.`,
    noHops: 'Viestissä ei ole Received:-otsakkeita.',
    recipient: 'Mitä vastaanottajan palvelin päätteli',
    noRecipient: 'Viestissä ei ole Authentication-Results-otsaketta.',
    ours: 'Oma tarkistuksemme tänään',
    scanning: 'Laskujen skannauspalvelu',
    scanningSources: (date: string) => `Sen säännöt palvelun julkaisemina (luettu ${date}):`,
    sentBy: 'Mikä nova-mail.json lähettää tällä From-osoitteella',
    noSender: 'Ei mikään.',
    notLooked: 'Yhtään nova-mail.jsonia ei annettu etsittäväksi.',
    todo: 'Mitä tehdä',
    none: 'ei mitään',
    server: 'palvelin',
  },
} as const;

export function explanationMarkdown(x: Explanation, lang: Lang): string {
  const w = WORDS[lang];
  const verdict = x.ok ? (x.ownServer ? w.verdictOkOwn : w.verdictOk) : w.verdictBad;
  const lines: string[] = [`# ${w.title}`, '', verdict, '', `## ${w.message}`, ''];
  const row = (label: string, value: string | undefined) => {
    if (value) lines.push(`- **${label}:** ${text(value)}`);
  };
  row(w.from, x.from ? (x.fromName ? `${x.fromName} <${x.from}>` : x.from) : undefined);
  row(
    w.envelope,
    x.envelopeFrom
      ? `${x.envelopeFrom} (${w.envelopeSource[x.envelopeFromSource ?? 'return-path']})`
      : w.envelopeUnknown,
  );
  row(w.to, x.to.join(', '));
  row(w.subject, x.subject);
  row(w.date, x.date);

  lines.push('', `## ${w.route}`, '');
  if (x.ownServer) lines.push(w.ownRoute(text(x.ownServer.server)));
  else lines.push(x.relay.passed ? w.relayPassed(x.relay.host) : w.relayMissed(x.relay.host));
  // The same paragraph, on the same line: a line of its own began with a space in a terminal.
  if (x.sourceIp) lines[lines.length - 1] += ` ${w.source(x.sourceIp)}`;
  lines.push('');
  if (x.hops.length === 0) lines.push(w.noHops);
  else {
    lines.push(`${w.routeNote}`, '');
    x.hops.forEach((hop, index) => {
      const from = [hop.from, hop.fromDetail ? `(${hop.fromDetail})` : undefined].filter(Boolean).join(' ');
      lines.push(
        `${index + 1}. ${code(from || '?')} → ${code(hop.by ?? '?')}${hop.at ? ` · ${text(hop.at)}` : ''}`,
      );
    });
  }

  lines.push('', `## ${w.recipient}`, '');
  if (x.recipient.length === 0) lines.push(w.noRecipient);
  for (const verdict of x.recipient) {
    const results = (['spf', 'dkim', 'dmarc'] as const)
      .filter((method) => verdict[method] !== undefined)
      .map((method) => `${method}=${code(verdict[method]!)}`)
      .join(', ');
    lines.push(`- ${code(verdict.server ?? '?')}: ${results || w.none}`);
  }

  lines.push('', `## ${w.ours}`, '');
  if (x.ours) ourCheck(x.ours, lines, w);
  else lines.push(w.ourDnsUnreachable);

  if (x.scanning?.length) {
    const mark = { ok: '✅', warn: '⚠️', fail: '❌' } as const;
    const verdictMark = { take: mark.ok, maybe: mark.warn, refuse: mark.fail } as const;
    lines.push('', `## ${w.scanning}`);
    for (const scan of x.scanning) {
      lines.push('', `${verdictMark[scan.verdict]} ${text(scan.summary)}`, '');
      for (const finding of scan.findings) lines.push(`- ${mark[finding.level]} ${text(finding.text)}`);
      lines.push('', w.scanningSources(scan.read), '');
      for (const source of scan.sources) lines.push(`- <${source}>`);
    }
  }

  lines.push('', `## ${w.sentBy}`, '');
  if (x.sentBy === undefined) lines.push(w.notLooked);
  else if (x.sentBy.length === 0) lines.push(w.noSender);
  else for (const sender of x.sentBy) lines.push(`- ${code(sender.file)}: ${text(sender.as)}`);

  lines.push('', `## ${w.todo}`, '');
  for (const advice of x.advice) lines.push(`- ${text(advice)}`);
  return lines.join('\n') + '\n';
}

function ourCheck(
  { spf, dkim, dmarc }: NonNullable<Explanation['ours']>,
  lines: string[],
  w: (typeof WORDS)[Lang],
): void {
  const where = spf.unknownSender
    ? ` (${w.unknownSender})`
    : spf.domain
      ? ` (${text(spf.domain)}${spf.ip ? `, ${spf.ip}` : ''})`
      : '';
  lines.push(`- SPF: ${code(spf.result)}${where}`);
  if (dkim.length === 0) lines.push(`- DKIM: ${code('none')}`);
  for (const signature of dkim)
    lines.push(
      `- DKIM: ${code(signature.result)} (d=${text(signature.domain)}${signature.selector ? `, s=${text(signature.selector)}` : ''})`,
    );
  lines.push(
    `- DMARC: ${code(dmarc.result)}${dmarc.domain ? ` (${text(dmarc.domain)}${dmarc.policy ? `, p=${text(dmarc.policy)}` : ''})` : ''}`,
  );
}
