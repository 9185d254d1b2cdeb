/**
 * What Nova in Visma's hosted service requires, as the Finnish instruction sheet says it: one place
 * for the values that rules, fixes, the new configuration, the entry sheet and messages use.
 */

/** Ohjaustiedot → SMTP-palvelin: Visma's relay, reachable only inside the hosted service. */
export const NOVA_SMTP_SERVER = 'smtp.visma.local';
/** Ohjaustiedot → Portti. */
export const NOVA_SMTP_PORT = 25;
/** Ohjaustiedot → SSL: not in use. */
export const NOVA_SMTP_SSL = false;
/** Every credential field holds this placeholder (three x letters), never a real value. */
export const PLACEHOLDER = 'xxx';
/** The role a person needs to send as themselves (Henkilörekisteri → Henkilöroolit → Roolit). */
export const SENDER_ROLE = 'Sähköpostilähettäjä';
/** Where the hosted service's mail comes from: what recipients must trust, and what SPF must allow. */
export const TRUSTED_SENDER = 'smtp.od.visma.fi';
/** A Citrix ID: the customer number, then letters (999999teptes). */
export const CITRIX_ID = /^[0-9]+[A-Za-z][A-Za-z0-9]*$/;

/**
 * Where a value is in Nova, as its menus say it (Finnish in both languages: what the user sees in
 * Nova). Every message, the entry sheet and the view say a screen by these.
 */
export const SCREEN = {
  smtp: 'Ohjaustiedot → SMTP-palvelin',
  port: 'Ohjaustiedot → Portti',
  ssl: 'Ohjaustiedot → SSL',
  sender: 'Ohjaustiedot → Määritelty sähköpostin lähettäjä',
  persons: 'Henkilörekisteri → Sähköposti',
  roles: 'Henkilörekisteri → Muokkaa → Henkilöroolit → Roolit',
} as const;
