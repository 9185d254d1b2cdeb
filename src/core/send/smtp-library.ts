/**
 * nodemailer, and its SMTPConnection for the connection check. The bundles build this module into
 * dist/nodemailer.js of its own and load it only when a message is sent or a server checked.
 */
export { createTransport } from 'nodemailer';
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SMTPConnection = require('nodemailer/lib/smtp-connection') as SmtpConnectionClass;

/** The part of nodemailer's SMTPConnection the connection check uses. */
export interface SmtpConnection {
  connect(callback: (error?: Error) => void): void;
  quit(): void;
  close(): void;
  on(event: 'error', listener: (error: Error) => void): void;
  once(event: 'end', listener: () => void): void;
}
export type SmtpConnectionClass = new (options: Record<string, unknown>) => SmtpConnection;
