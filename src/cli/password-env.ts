/**
 * Where send-test takes an own server's password from (lint --fix names it too): apart from
 * password.ts, so that lint does not load the prompt's library.
 */
export const PASSWORD_ENV = 'NOVA_MAIL_SMTP_PASSWORD';
