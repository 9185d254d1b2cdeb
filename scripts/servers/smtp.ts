/**
 * Real SMTP servers on 127.0.0.1 (random ports) for the send tests, as nodemailer's own tests do:
 * an smtp-server that records what it received, and fault servers that refuse, stay mute, or
 * follow a script. Nothing here ever listens on or connects to another address.
 */
import * as net from 'node:net';
import selfsigned from 'selfsigned';

import { startCatcher, type Catcher } from '../smtp-catcher';

export { startCatcher, type Catcher, type Received } from '../smtp-catcher';

export interface TestServer {
  port: number;
  close(): Promise<void>;
}

/** A raw TCP server on 127.0.0.1 whose close() also ends the connections still open. */
async function rawServer(onSocket: (socket: net.Socket) => void): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    onSocket(socket);
  });
  const port = await listen(server);
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A server that accepts connections and never says a word (the greeting never comes). */
export function startMute(onConnection?: () => void): Promise<TestServer> {
  return rawServer(() => onConnection?.());
}

/**
 * A hand-written SMTP server that answers each command from a script: a reply line, or 'close' to
 * drop the connection. Unscripted commands get "250 OK"; message data is read until "<CRLF>.<CRLF>".
 */
export function startScripted(script: {
  greeting?: string;
  /** A reply line; 'close' drops the connection, 'silence' says nothing (and keeps it open). */
  reply?: (command: string) => string | undefined;
  onData?: string | (() => string);
}): Promise<TestServer> {
  return rawServer((socket) => {
    socket.write(`${script.greeting ?? '220 scripted ESMTP'}\r\n`);
    let buffer = '';
    let inData = false;
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          if (script.onData === 'close') return void socket.destroy();
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          buffer = buffer.slice(end + 5);
          inData = false;
          const reply = typeof script.onData === 'function' ? script.onData() : script.onData;
          socket.write(`${reply ?? '250 2.0.0 queued'}\r\n`);
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const command = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const scripted = script.reply?.(command);
        if (scripted === 'close') return void socket.destroy();
        if (scripted === 'silence') continue;
        if (scripted) socket.write(`${scripted}\r\n`);
        else if (/^EHLO/i.test(command)) socket.write('250-scripted\r\n250 SIZE 1000000\r\n');
        else if (/^DATA/i.test(command)) {
          socket.write('354 go ahead\r\n');
          inData = true;
        } else if (/^QUIT/i.test(command)) {
          socket.end('221 bye\r\n');
          return;
        } else socket.write('250 OK\r\n');
      }
    });
  });
}

/**
 * A server that greets, then answers EHLO one line at a time, one line every `everyMs`, forever:
 * never idle long enough for a socket timeout, never done.
 */
export function startDripping(everyMs: number): Promise<TestServer> {
  return rawServer((socket) => {
    socket.write('220 dripping ESMTP\r\n');
    let timer: ReturnType<typeof setInterval> | undefined;
    socket.on('data', () => {
      timer ??= setInterval(() => socket.write('250-still thinking\r\n'), everyMs);
    });
    socket.on('close', () => clearInterval(timer));
  });
}

/**
 * A server that takes the message (250 after DATA), then says nothing more and never closes its
 * side: a client that waits for it to close would hang on.
 */
export function startSilentAfterData(): Promise<TestServer> {
  let after = false;
  return startScripted({
    reply: (command) => (after || /^QUIT/i.test(command) ? 'silence' : undefined),
    onData: () => {
      after = true;
      return '250 2.0.0 queued, and now silence';
    },
  });
}

/** Runs `test` with a server started for it, and closes the server whatever happens. */
export async function withServer<T>(
  server: Promise<TestServer>,
  test: (port: number) => Promise<T>,
): Promise<T> {
  const running = await server;
  try {
    return await test(running.port);
  } finally {
    await running.close();
  }
}

/** A loopback port with nothing listening on it. */
export async function refusedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

let certificate: Promise<{ key: string; cert: string }> | undefined;

/**
 * A throw-away self-signed certificate for 127.0.0.1 and localhost, valid for a day, made in
 * process (selfsigned, on Node's WebCrypto): no openssl needed, so it is made under Windows too.
 */
export function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  certificate ??= (async () => {
    const now = new Date();
    const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: new Date(now.getTime() - 60_000),
      notAfterDate: new Date(now.getTime() + 86_400_000),
      extensions: [
        {
          name: 'subjectAltName',
          altNames: [
            { type: 7, ip: '127.0.0.1' },
            { type: 2, value: 'localhost' },
          ],
        },
      ],
    });
    return { key: pems.private, cert: pems.cert };
  })();
  return certificate;
}

export interface Mailbox extends Catcher {
  /** The usernames the server was asked to log in, in order. */
  logins: string[];
  /** The server's self-signed certificate (PEM), for a client to trust as its CA. */
  cert: string;
}

/**
 * A mail service as an own server is (Microsoft 365's or Gmail's submission): TLS with a
 * certificate made at test time (STARTTLS, or implicit TLS with `secure`), and AUTH required
 * before any mail, refused with Google's `535 5.7.8` for a wrong username or password.
 */
export async function startMailbox(options: {
  user: string;
  password: string;
  secure?: boolean;
}): Promise<Mailbox> {
  const { key, cert } = await selfSignedCertificate();
  const logins: string[] = [];
  const catcher = await startCatcher({
    key,
    cert,
    secure: options.secure ?? false,
    authOptional: false,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      if (auth.username === options.user && auth.password === options.password)
        return callback(null, { user: auth.username });
      callback(Object.assign(new Error('5.7.8 Username and Password not accepted'), { responseCode: 535 }));
    },
  });
  return Object.assign(catcher, { logins, cert });
}
