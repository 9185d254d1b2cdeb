/**
 * nodemailer's errors, sorted into kinds that each come with advice a person can act on; a server's
 * refusal is explained by the table of SMTP replies (smtp-replies.ts) where it knows the reply.
 */
import { formatMessage } from '../catalog';
import { MESSAGES, msg } from '../messages';
import { NOVA_SMTP_SERVER } from '../nova';
import type { Lang, Localized } from '../types';
import { explainReply } from './smtp-replies';
import { REPLY_MESSAGES } from './reply-messages';
import type { FrontEndWords, SendFailure, SendFailureKind, TransportSettings } from './types';

interface MailError {
  code?: string;
  errno?: string | number;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

/**
 * Why the exchange stopped when no error explains it: the user, or the whole-exchange deadline
 * (`deadline` once the server had said something, `silent` when it never did).
 */
export type Stop = 'cancelled' | 'deadline' | 'silent' | undefined;

export function classifyFailure(
  error: unknown,
  transport: TransportSettings,
  lang: Lang,
  words: FrontEndWords,
  stop: Stop,
): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as MailError;
  const explained = stop === undefined ? explainReply(e.responseCode, e.response?.trim()) : undefined;
  const kind = explained?.login || e.code === 'EAUTH' || e.code === NO_PASSWORD ? 'auth' : kindOf(e, stop);
  const { message, hint } = TEXTS[kind](e, transport, words, stop);
  const reply = e.response?.trim();
  return {
    kind,
    message: sentence(message[lang]),
    hint: explained ? formatMessage(MESSAGES, msg(explained.id), lang) : hint[lang],
    ...(reply ? { serverReply: reply } : {}),
    ...(explained ? { explained: { id: explained.id, status: explained.status } } : {}),
  };
}

/** A reply's explanation by its id in the table (what the editor's view shows of a last send). */
export function explainedReply(id: string, lang: Lang): string | undefined {
  return id in REPLY_MESSAGES ? formatMessage(MESSAGES, { id }, lang) : undefined;
}

/** The error a send gives itself when an own server takes a login and no password was given. */
export const NO_PASSWORD = 'ENOPASSWORD';

type Texts = (
  e: MailError,
  transport: TransportSettings,
  words: FrontEndWords,
  stop: Stop,
) => { message: Localized; hint: Localized };

const serverOf = (t: TransportSettings) => `${t.host}:${t.port}`;
const replyOf = (e: MailError) => e.response?.trim() ?? e.message ?? '';
const atCommand = (e: MailError, fi = false) =>
  e.command && e.command !== 'CONN' ? (fi ? ` (${e.command})` : ` at ${e.command}`) : '';

/** "the port (Nova uses 25)" for the file's own server; the override is named as what was tried. */
function checkTheServer(t: TransportSettings, words: FrontEndWords): Localized {
  if (t.overridden)
    return {
      en: `check the override server ${serverOf(t)} (${words.serverOverride.en})`,
      fi: `tarkista ohituspalvelin ${serverOf(t)} (${words.serverOverride.fi})`,
    };
  return t.profile === 'ownServer'
    ? {
        en: 'check the server and the port (mail services take Nova on 587)',
        fi: 'tarkista palvelin ja portti (postipalvelut ottavat Noven vastaan portissa 587)',
      }
    : {
        en: 'check the server and the port (Nova uses 25)',
        fi: 'tarkista palvelin ja portti (Nova käyttää porttia 25)',
      };
}

/** Why a TLS connection failed, in terms of the profile: the hosted relay has no TLS at all. */
function tlsHint(e: MailError, t: TransportSettings, words: FrontEndWords): Localized {
  if (t.profile === 'hosted')
    return t.secure
      ? {
          en: 'SSL is on, but the server speaks plain SMTP (or its certificate is not trusted). Nova uses SSL off on port 25.',
          fi: 'SSL on käytössä, mutta palvelin puhuu tavallista SMTP:tä (tai sen varmennetta ei luoteta). Novassa SSL ei ole käytössä portissa 25.',
        }
      : { en: "Check the server's certificate.", fi: 'Tarkista palvelimen varmenne.' };
  if (/self.signed|unable to (get|verify)|certificate|altnames|CERT_/i.test(e.message ?? ''))
    return {
      en: `The server's certificate is not trusted: certificate checks stay on. For an in-house server with its own CA, trust that CA's certificate (${words.caFile.en}); otherwise check the server name.`,
      fi: `Palvelimen varmenteeseen ei luoteta: varmenteen tarkistus pysyy päällä. Jos sisäisellä palvelimella on oma varmentaja, luota sen varmenteeseen (${words.caFile.fi}); muuten tarkista palvelimen nimi.`,
    };
  return t.secure
    ? {
        en: 'Port 465 with SSL on expects TLS from the first byte, and the server does not speak it there: use port 587 (STARTTLS).',
        fi: 'Portti 465 ja SSL käytössä odottaa TLS:ää heti alusta, eikä palvelin puhu sitä siellä: käytä porttia 587 (STARTTLS).',
      }
    : {
        en: 'The server does not offer STARTTLS on this port, and with SSL on nothing is sent without TLS: use the port the service gives for client mail (587).',
        fi: 'Palvelin ei tarjoa STARTTLS:ää tässä portissa, eikä SSL:n ollessa käytössä mitään lähetetä ilman TLS:ää: käytä palvelun asiakasohjelmille antamaa porttia (587).',
      };
}

const TEXTS: Record<SendFailureKind, Texts> = {
  dns: (_e, t, words) => ({
    message: { en: `${t.host} could not be resolved (DNS).`, fi: `Nimeä ${t.host} ei löytynyt (DNS).` },
    hint:
      t.host.toLowerCase() === NOVA_SMTP_SERVER && !t.overridden
        ? {
            en: `${NOVA_SMTP_SERVER} resolves only inside Visma's hosted service (Citrix). Send from there, or test through another server (${words.serverOverride.en}).`,
            fi: `${NOVA_SMTP_SERVER} löytyy vain Visman sovelluspalvelun (Citrix) sisältä. Lähetä sieltä tai testaa toisen palvelimen kautta (${words.serverOverride.fi}).`,
          }
        : { en: 'Check the server name.', fi: 'Tarkista palvelimen nimi.' },
  }),
  refused: (_e, t, words) => {
    const check = checkTheServer(t, words);
    return {
      message: { en: `${serverOf(t)} refused the connection.`, fi: `${serverOf(t)} kieltäytyi yhteydestä.` },
      hint: {
        en: `Nothing accepts SMTP there: ${check.en}.`,
        fi: `Siellä ei ole SMTP-palvelua: ${check.fi}.`,
      },
    };
  },
  timeout: (_e, t, words, stop) => {
    const check = checkTheServer(t, words);
    return {
      message:
        stop === 'deadline'
          ? {
              en: `${serverOf(t)} did not finish the exchange within ${t.timeoutMs} ms.`,
              fi: `${serverOf(t)} ei saanut keskustelua valmiiksi ${t.timeoutMs} ms:ssa.`,
            }
          : {
              en: `${serverOf(t)} did not answer in time (${t.timeoutMs} ms).`,
              fi: `${serverOf(t)} ei vastannut ajoissa (${t.timeoutMs} ms).`,
            },
      hint: t.secure
        ? {
            en: `SSL is on: a plain SMTP server waits for the client to speak first and never answers a TLS handshake. ${t.profile === 'hosted' ? 'Nova uses SSL off.' : 'Use port 587 (STARTTLS).'}`,
            fi: `SSL on käytössä: tavallinen SMTP-palvelin odottaa asiakkaan aloittavan eikä vastaa TLS-kättelyyn. ${t.profile === 'hosted' ? 'Novassa SSL ei ole käytössä.' : 'Käytä porttia 587 (STARTTLS).'}`,
          }
        : {
            en: `A firewall may drop the connection, or the server is slow or overloaded: ${check.en}, the network, or raise the timeout. The transcript shows how far it got (${words.transcript.en}).`,
            fi: `Palomuuri voi estää yhteyden tai palvelin on hidas tai ruuhkautunut: ${check.fi}, verkko tai pidennä aikarajaa. Keskusteluloki näyttää, mihin asti päästiin (${words.transcript.fi}).`,
          },
    };
  },
  tls: (e, t, words) => ({
    message: {
      en: `The TLS connection to ${serverOf(t)} failed (${tlsReason(e.message)}).`,
      fi: `TLS-yhteys palvelimeen ${serverOf(t)} epäonnistui (${tlsReason(e.message)}).`,
    },
    hint: tlsHint(e, t, words),
  }),
  auth: (e, t, words) =>
    e.code === NO_PASSWORD
      ? {
          message: {
            en: `${serverOf(t)} takes a login, and no password was given: nothing was sent.`,
            fi: `${serverOf(t)} vaatii kirjautumisen, eikä salasanaa annettu: mitään ei lähetetty.`,
          },
          hint: {
            en: `Give the mailbox's password (${words.password.en}); it is never written in the file.`,
            fi: `Anna postilaatikon salasana (${words.password.fi}); sitä ei koskaan kirjoiteta tiedostoon.`,
          },
        }
      : {
          message: {
            en: `${serverOf(t)} refused the login: ${replyOf(e)}`,
            fi: `${serverOf(t)} hylkäsi kirjautumisen: ${replyOf(e)}`,
          },
          hint: {
            en: `Check the username and the password (${words.password.en}).`,
            fi: `Tarkista käyttäjätunnus ja salasana (${words.password.fi}).`,
          },
        },
  unavailable: (e, t, words) => {
    const check = checkTheServer(t, words);
    return {
      message: {
        en: `${serverOf(t)} refused to serve this connection: ${replyOf(e)}`,
        fi: `${serverOf(t)} ei palvele tätä yhteyttä: ${replyOf(e)}`,
      },
      hint: {
        en: `The server greets with a refusal before any mail is offered (busy, or it does not accept clients from here): try again later, or ${check.en}.`,
        fi: `Palvelin kieltäytyy jo tervehdyksessään (ruuhka tai se ei hyväksy asiakkaita täältä): yritä myöhemmin tai ${check.fi}.`,
      },
    };
  },
  protocol: (e, t, words) => {
    const check = checkTheServer(t, words);
    const what = e.command && e.command !== 'CONN' ? e.command : undefined;
    return {
      message: what
        ? {
            en: `${serverOf(t)} answered ${what} with something that is not SMTP: ${replyOf(e)}`,
            fi: `${serverOf(t)} vastasi komentoon ${what} jotain, mikä ei ole SMTP:tä: ${replyOf(e)}`,
          }
        : {
            en: `${serverOf(t)} greeted with something that is not SMTP: ${replyOf(e)}`,
            fi: `${serverOf(t)} tervehti jollain, mikä ei ole SMTP:tä: ${replyOf(e)}`,
          },
      hint: {
        en: `Something other than a mail server listens there: ${check.en}. The transcript shows the exchange (${words.transcript.en}).`,
        fi: `Siellä kuuntelee jokin muu kuin postipalvelin: ${check.fi}. Keskusteluloki näyttää keskustelun (${words.transcript.fi}).`,
      },
    };
  },
  rejected: (e, t) => ({
    message: {
      en: `${serverOf(t)} rejected the message${atCommand(e)}: ${replyOf(e)}`,
      fi: `${serverOf(t)} hylkäsi viestin${atCommand(e, true)}: ${replyOf(e)}`,
    },
    hint: {
      en: 'The server refuses to relay for this sender or recipient. Inside the hosted service use smtp.visma.local; check the sender address (Sähköposti / Sähköpostiosoite).',
      fi: 'Palvelin ei välitä postia tälle lähettäjälle tai vastaanottajalle. Sovelluspalvelussa käytä smtp.visma.local; tarkista lähettäjän osoite (Sähköposti / Sähköpostiosoite).',
    },
  }),
  temporary: (e, t) => ({
    message: {
      en: `${serverOf(t)} deferred the message${atCommand(e)}: ${replyOf(e)}`,
      fi: `${serverOf(t)} lykkäsi viestiä${atCommand(e, true)}: ${replyOf(e)}`,
    },
    hint: {
      en: 'A temporary problem on the server: try again in a few minutes.',
      fi: 'Tilapäinen ongelma palvelimella: yritä uudelleen muutaman minuutin kuluttua.',
    },
  }),
  closed: (_e, t) => ({
    message: {
      en: `${serverOf(t)} closed the connection unexpectedly.`,
      fi: `${serverOf(t)} katkaisi yhteyden odottamatta.`,
    },
    hint: {
      en: "The server dropped the session (a filter or a limit). Try again; if it repeats, ask the server's administrator.",
      fi: 'Palvelin katkaisi istunnon (suodatin tai rajoitus). Yritä uudelleen; jos toistuu, kysy palvelimen ylläpitäjältä.',
    },
  }),
  cancelled: () => ({
    message: { en: 'Cancelled: nothing more was sent.', fi: 'Peruutettu: mitään ei lähetetty enempää.' },
    hint: { en: 'Run the test again when you are ready.', fi: 'Aja testi uudelleen, kun olet valmis.' },
  }),
  other: (e, _t, words) => ({
    message: { en: `Sending failed: ${e.message ?? ''}`, fi: `Lähetys epäonnistui: ${e.message ?? ''}` },
    hint: {
      en: `The transcript has the details (${words.transcript.en}).`,
      fi: `Keskustelulokissa on yksityiskohdat (${words.transcript.fi}).`,
    },
  }),
};

/** OpenSSL's reason ("wrong version number") rather than its whole error string. */
function tlsReason(message = ''): string {
  return /SSL routines:[^:]*:([^:]+)/.exec(message)?.[1] ?? (message.split('\n')[0] || 'TLS');
}

/** Failure messages are joined with their hint on one line: each ends as a sentence. */
function sentence(text: string): string {
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}

function kindOf(e: MailError, stop: Stop): SendFailureKind {
  if (stop === 'cancelled') return 'cancelled';
  if (stop === 'deadline' || stop === 'silent') return 'timeout';
  const message = e.message ?? '';
  if (
    e.code === 'EDNS' ||
    e.errno === 'ENOTFOUND' ||
    e.errno === 'EAI_AGAIN' ||
    /ENOTFOUND|EAI_AGAIN/.test(message)
  )
    return 'dns';
  if (/ECONNREFUSED/.test(message) || e.errno === 'ECONNREFUSED') return 'refused';
  // STARTTLS refused (with a 5xx reply) is a TLS failure first: nothing may go in the clear.
  if (e.code === 'ETLS') return 'tls';
  const code = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  if (e.code === 'EPROTOCOL' && e.command === 'CONN')
    return code !== undefined && code >= 400 && code < 600 ? 'unavailable' : 'protocol';
  if (e.code === 'EPROTOCOL' && (code === undefined || code < 400 || code >= 600)) return 'protocol';
  if (code !== undefined && code >= 500) return 'rejected';
  if (code !== undefined && code >= 400) return 'temporary';
  if (e.code === 'ETLS' || /SSL|TLS|certificate|wrong version number|self.signed/i.test(message))
    return 'tls';
  if (e.code === 'ETIMEDOUT' || /timeout|timed out|Greeting never received/i.test(message)) return 'timeout';
  if (e.code === 'ECONNECTION' || /closed|ECONNRESET|EPIPE|socket hang up/i.test(message)) return 'closed';
  return 'other';
}
