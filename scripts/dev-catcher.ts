/**
 * The catcher `npm start` and `npm run smtp-catcher` run on port 2525: STARTTLS with a certificate
 * made at start (smtp-server's built-in one expired on 9 February 2025, so an own-server test send
 * failed with "certificate has expired"), and any login taken over TLS, so that the own-server
 * examples (examples/own-server/) can be tried too. Trust `ca` (novaMail.testSend.caFile,
 * --ca-file) to send to it with SSL on.
 */
import { selfSignedCertificate } from './servers/smtp';
import { startCatcher, type Catcher, type CatcherOptions } from './smtp-catcher';

export async function startDevCatcher(
  options: Pick<CatcherOptions, 'port' | 'onReceived'>,
): Promise<{ catcher: Catcher; ca: string }> {
  const { key, cert } = await selfSignedCertificate();
  const catcher = await startCatcher({
    ...options,
    key,
    cert,
    // A catcher: any username and password, but only once TLS is up (smtp-server's default).
    acceptLogins: true,
  });
  return { catcher, ca: cert };
}
