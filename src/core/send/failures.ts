/** nodemailer's errors, sorted into kinds that each come with advice a person can act on. */
import type { Lang, Localized } from '../types';
import type { SendFailure, SendFailureKind, TransportSettings } from './types';

interface MailError {
  code?: string;
  errno?: string | number;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

export function classifyFailure(
  error: unknown,
  transport: TransportSettings,
  lang: Lang,
  cancelled: boolean,
): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as MailError;
  const server = `${transport.host}:${transport.port}`;
  const reply = e.response?.trim();
  const kind = kindOf(e, cancelled);
  const say = (text: Localized) => text[lang];
  const texts: Record<SendFailureKind, { message: Localized; hint: Localized }> = {
    dns: {
      message: {
        en: `${transport.host} could not be resolved (DNS).`,
        fi: `Nimeä ${transport.host} ei löytynyt (DNS).`,
      },
      hint:
        transport.host.toLowerCase() === 'smtp.visma.local'
          ? {
              en: "smtp.visma.local resolves only inside Visma's hosted service (Citrix). Send from there, or test with a server override (novaMail.testSend.server / --server host:port).",
              fi: 'smtp.visma.local löytyy vain Visman sovelluspalvelun (Citrix) sisältä. Lähetä sieltä tai testaa ohituspalvelimella (novaMail.testSend.server / --server palvelin:portti).',
            }
          : { en: 'Check the server name.', fi: 'Tarkista palvelimen nimi.' },
    },
    refused: {
      message: { en: `${server} refused the connection.`, fi: `${server} kieltäytyi yhteydestä.` },
      hint: {
        en: 'Nothing accepts SMTP there: check the server and the port (Nova uses 25).',
        fi: 'Siellä ei ole SMTP-palvelua: tarkista palvelin ja portti (Nova käyttää porttia 25).',
      },
    },
    timeout: {
      message: {
        en: `${server} did not answer in time (${transport.timeoutMs} ms).`,
        fi: `${server} ei vastannut ajoissa (${transport.timeoutMs} ms).`,
      },
      hint: transport.secure
        ? {
            en: 'SSL is on: a plain SMTP server waits for the client to speak first and never answers a TLS handshake. Nova uses SSL off.',
            fi: 'SSL on käytössä: tavallinen SMTP-palvelin odottaa asiakkaan aloittavan eikä vastaa TLS-kättelyyn. Novassa SSL ei ole käytössä.',
          }
        : {
            en: 'A firewall may drop the connection, or the server is overloaded. Check the port (25) and the network, or raise the timeout.',
            fi: 'Palomuuri voi estää yhteyden tai palvelin on ruuhkautunut. Tarkista portti (25) ja verkko tai pidennä aikarajaa.',
          },
    },
    tls: {
      message: {
        en: `The TLS connection to ${server} failed (${tlsReason(e.message)}).`,
        fi: `TLS-yhteys palvelimeen ${server} epäonnistui (${tlsReason(e.message)}).`,
      },
      hint: transport.secure
        ? {
            en: 'SSL is on, but the server speaks plain SMTP (or its certificate is not trusted). Nova uses SSL off on port 25.',
            fi: 'SSL on käytössä, mutta palvelin puhuu tavallista SMTP:tä (tai sen varmennetta ei luoteta). Novassa SSL ei ole käytössä portissa 25.',
          }
        : { en: "Check the server's certificate.", fi: 'Tarkista palvelimen varmenne.' },
    },
    rejected: {
      message: {
        en: `${server} rejected the message${e.command ? ` at ${e.command}` : ''}: ${reply ?? e.message ?? ''}`,
        fi: `${server} hylkäsi viestin${e.command ? ` (${e.command})` : ''}: ${reply ?? e.message ?? ''}`,
      },
      hint: {
        en: 'The server refuses to relay for this sender or recipient. Inside the hosted service use smtp.visma.local; check the sender address (Sähköposti / Sähköpostiosoite).',
        fi: 'Palvelin ei välitä postia tälle lähettäjälle tai vastaanottajalle. Sovelluspalvelussa käytä smtp.visma.local; tarkista lähettäjän osoite (Sähköposti / Sähköpostiosoite).',
      },
    },
    temporary: {
      message: {
        en: `${server} deferred the message${e.command ? ` at ${e.command}` : ''}: ${reply ?? e.message ?? ''}`,
        fi: `${server} lykkäsi viestiä${e.command ? ` (${e.command})` : ''}: ${reply ?? e.message ?? ''}`,
      },
      hint: {
        en: 'A temporary problem on the server: try again in a few minutes.',
        fi: 'Tilapäinen ongelma palvelimella: yritä uudelleen muutaman minuutin kuluttua.',
      },
    },
    closed: {
      message: {
        en: `${server} closed the connection unexpectedly.`,
        fi: `${server} katkaisi yhteyden odottamatta.`,
      },
      hint: {
        en: "The server dropped the session (a filter or a limit). Try again; if it repeats, ask the server's administrator.",
        fi: 'Palvelin katkaisi istunnon (suodatin tai rajoitus). Yritä uudelleen; jos toistuu, kysy palvelimen ylläpitäjältä.',
      },
    },
    cancelled: {
      message: { en: 'Cancelled: nothing more was sent.', fi: 'Peruutettu: mitään ei lähetetty enempää.' },
      hint: { en: 'Run the test again when you are ready.', fi: 'Aja testi uudelleen, kun olet valmis.' },
    },
    other: {
      message: {
        en: `Sending failed: ${e.message ?? String(error)}`,
        fi: `Lähetys epäonnistui: ${e.message ?? String(error)}`,
      },
      hint: { en: 'See the transcript for the details.', fi: 'Katso yksityiskohdat keskustelulokista.' },
    },
  };
  return {
    kind,
    message: sentence(say(texts[kind].message)),
    hint: say(texts[kind].hint),
    ...(reply ? { serverReply: reply } : {}),
  };
}

/** OpenSSL's reason ("wrong version number") rather than its whole error string. */
function tlsReason(message = ''): string {
  return /SSL routines:[^:]*:([^:]+)/.exec(message)?.[1] ?? (message.split('\n')[0] || 'TLS');
}

/** Failure messages are joined with their hint on one line: each ends as a sentence. */
function sentence(text: string): string {
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}

function kindOf(e: MailError, cancelled: boolean): SendFailureKind {
  if (cancelled) return 'cancelled';
  const message = e.message ?? '';
  if (
    e.code === 'EDNS' ||
    e.errno === 'ENOTFOUND' ||
    e.errno === 'EAI_AGAIN' ||
    /ENOTFOUND|EAI_AGAIN/.test(message)
  )
    return 'dns';
  if (/ECONNREFUSED/.test(message) || e.errno === 'ECONNREFUSED') return 'refused';
  if (typeof e.responseCode === 'number' && e.responseCode >= 500) return 'rejected';
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) return 'temporary';
  if (e.code === 'ETLS' || /SSL|TLS|certificate|wrong version number|self.signed/i.test(message))
    return 'tls';
  if (e.code === 'ETIMEDOUT' || /timeout|timed out|Greeting never received/i.test(message)) return 'timeout';
  if (e.code === 'ECONNECTION' || /closed|ECONNRESET|EPIPE|socket hang up/i.test(message)) return 'closed';
  return 'other';
}
