/**
 * What the core says about a Nova that sends through its own mail server (docs/own-server.md):
 * part of the core's one catalog (messages.ts spreads it in), kept apart because it is many.
 */
import type { Catalog } from '../catalog';

export const OWN_SERVER_MESSAGES = {
  // own-server-port: port and SSL as Nova can use them with this server

  // own-server-username: the login an own server takes

  // microsoft-basic-auth: Microsoft's Basic authentication for SMTP AUTH (MC786329)

  // gmail-app-password: Google takes no account password from an app like Nova

  // check-dns: an own server's relay that DNS cannot tell
  'dns.own-relay-unchecked': {
    en: {
      one: 'Not checked: the {count} own-server file that sends through it.',
      other: 'Not checked: the {count} own-server files that send through it.',
    },
    fi: {
      one: 'Ei tarkistettu: {count} sen kautta lähettävä oman palvelimen tiedosto.',
      other: 'Ei tarkistettu: {count} sen kautta lähettävää oman palvelimen tiedostoa.',
    },
  },
} as const satisfies Catalog;
