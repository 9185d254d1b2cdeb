/** The ports an own mail server is reached on (docs/own-server.md), named once for the rules, New
 * configuration and the send. */
export const OWN_SERVER_PORTS = {
  /** Submission with STARTTLS: what Nova (which starts TLS itself) uses with a mail service. */
  submission: 587,
  /** TLS from the first byte; Nova may not manage it, the test send does. */
  implicitTls: 465,
  /** A relay connector that accepts the office's address, without a login. */
  relay: 25,
} as const;
