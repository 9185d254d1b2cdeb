/**
 * A private Debian Postfix (submission) with Dovecot SASL on 127.0.0.1, for the send tests: a
 * counterpart nobody here wrote, with its own replies (`535 5.7.8 Error: authentication failed`,
 * `530 5.7.0 Must issue a STARTTLS command first`). Everything lives in one temporary folder
 * (`postfix -c DIR`, `dovecot -c FILE`): the system's /etc/postfix and /etc/dovecot are never read
 * or written. Linux and root only (Postfix's master and Dovecot's need it); see CONTRIBUTING.
 *
 * Four ports: submission (STARTTLS required before AUTH), plain (AUTH offered without TLS, as a
 * careless in-house server does), smtps (implicit TLS) and relay (no login offered: mail from its
 * own network taken as it comes, as an in-house relay does). The certificate is made at start and
 * trusted through `ca`.
 */
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { selfSignedCertificate } from './smtp';

const run = promisify(execFile);

export interface Postfix {
  host: '127.0.0.1';
  submissionPort: number;
  plainPort: number;
  smtpsPort: number;
  /** Offers no AUTH, and takes mail from 127.0.0.0/8 without a login. */
  relayPort: number;
  /** Greets only after 5 s (Postfix's `sleep` restriction at connect): a slow or overloaded server. */
  slowPort: number;
  /** The server certificate (PEM), to trust as a CA. */
  ca: string;
  /** The messages delivered so far, as files (every recipient into one maildir). */
  delivered(): string[];
  /** Postfix's own log: what it saw (e.g. whether an AUTH came before TLS). */
  log(): string;
  /** Waits (up to 10 s) until `done` holds of what has been delivered and logged. */
  waitFor(done: (delivered: string[], log: string) => boolean): Promise<void>;
  close(): Promise<void>;
}

/**
 * Why this machine cannot run the private instance (Postfix's and Dovecot's masters need Linux and
 * root), or undefined when it can. Missing packages are no reason to skip: the tests then fail and
 * say how to install them (npm test installs them).
 */
export function postfixSkipReason(): string | undefined {
  if (process.platform !== 'linux') return 'Postfix and Dovecot run on Linux only';
  if (process.getuid?.() !== 0) return "Postfix's and Dovecot's masters need root";
  return undefined;
}

/** Ports picked by the kernel, all held at once so that they differ; then freed for Postfix. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => net.createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
        }),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

function dovecotConfig(dir: string): string {
  return `instance_name = nova-mail-test-${path.basename(dir)}
base_dir = ${dir}/dovecot
protocols = none
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_format = %u
auth_failure_delay = 0
log_path = ${dir}/log/dovecot.log
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
# Without this, one failed login from 127.0.0.1 delays every later one by 2, 4, 8 ... seconds.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener ${dir}/queue/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
`;
}

function mainConfig(dir: string): string {
  return `compatibility_level = 3.6
queue_directory = ${dir}/queue
data_directory = ${dir}/data
maillog_file = ${dir}/log/postfix.log
maillog_file_prefixes = ${dir}/log
myhostname = postfix.nova-mail.test
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relayhost =
alias_maps =
alias_database =
biff = no
virtual_mailbox_domains = static:all
virtual_mailbox_base = ${dir}/mail
virtual_mailbox_maps = static:inbox/
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
smtpd_tls_cert_file = ${dir}/tls/cert.pem
smtpd_tls_key_file = ${dir}/tls/key.pem
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_sasl_auth_enable = yes
smtpd_sasl_authenticated_header = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
`;
}

/** Debian's services, without a chroot (it would need a populated one), and our four listeners. */
function masterConfig(ports: Record<'submission' | 'plain' | 'smtps' | 'relay' | 'slow', number>): string {
  const services = [
    'pickup unix n - n 60 1 pickup',
    'cleanup unix n - n - 0 cleanup',
    'qmgr unix n - n 300 1 qmgr',
    'tlsmgr unix - - n 1000? 1 tlsmgr',
    'rewrite unix - - n - - trivial-rewrite',
    'bounce unix - - n - 0 bounce',
    'defer unix - - n - 0 bounce',
    'trace unix - - n - 0 bounce',
    'verify unix - - n - 1 verify',
    'flush unix n - n 1000? 0 flush',
    'proxymap unix - - n - - proxymap',
    'smtp unix - - n - - smtp',
    'relay unix - - n - - smtp',
    'showq unix n - n - - showq',
    'error unix - - n - - error',
    'retry unix - - n - - error',
    'discard unix - - n - - discard',
    'local unix - n n - - local',
    'virtual unix - n n - - virtual',
    'anvil unix - - n - 1 anvil',
    'scache unix - - n - 1 scache',
    'postlog unix-dgram n - n - 1 postlogd',
  ];
  return [
    `127.0.0.1:${ports.submission} inet n - n - - smtpd`,
    '  -o smtpd_tls_security_level=encrypt',
    '  -o smtpd_tls_auth_only=yes',
    `127.0.0.1:${ports.plain} inet n - n - - smtpd`,
    '  -o smtpd_tls_security_level=none',
    `127.0.0.1:${ports.smtps} inet n - n - - smtpd`,
    '  -o smtpd_tls_wrappermode=yes',
    '  -o smtpd_tls_security_level=encrypt',
    `127.0.0.1:${ports.relay} inet n - n - - smtpd`,
    '  -o smtpd_tls_security_level=none',
    '  -o smtpd_sasl_auth_enable=no',
    '  -o smtpd_relay_restrictions=permit_mynetworks,reject',
    '  -o smtpd_recipient_restrictions=permit_mynetworks,reject',
    `127.0.0.1:${ports.slow} inet n - n - - smtpd`,
    '  -o smtpd_tls_security_level=none',
    '  -o smtpd_delay_reject=no',
    '  -o smtpd_client_restrictions=sleep,5',
    ...services,
    '',
  ].join('\n');
}

/** Waits until a port greets with 220 (plain TCP; the smtps port only needs to accept). */
async function waitForPort(port: number, greets: boolean, deadline: number): Promise<void> {
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.setTimeout(2000, () => socket.destroy());
      socket.once('error', () => resolve(false));
      socket.once('close', () => resolve(false));
      const answer = (ok: boolean) => {
        resolve(ok);
        socket.destroy();
      };
      if (greets) socket.once('data', (data) => answer(data.toString().startsWith('220 ')));
      else socket.once('connect', () => answer(true));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`Postfix did not answer on 127.0.0.1:${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A process that runs and is not a zombie (a daemon's parent is PID 1, which reaps it late). */
function alive(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
  } catch {
    return false;
  }
}

function pidIn(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function until(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

export async function startPostfix(login: { user: string; password: string }): Promise<Postfix> {
  const skip = postfixSkipReason();
  if (skip) throw new Error(skip);
  if (!fs.existsSync('/usr/sbin/postfix') || !fs.existsSync('/usr/sbin/dovecot'))
    throw new Error(
      'Postfix and Dovecot are not installed: npm test installs them (scripts/debian-packages.txt)',
    );
  // Short: a unix socket's path must stay under 108 bytes.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nmpf-'));
  fs.chmodSync(dir, 0o755); // postfix, nobody and dovecot traverse it
  for (const sub of ['etc', 'queue', 'log', 'mail', 'tls']) fs.mkdirSync(path.join(dir, sub));
  await run('chown', ['nobody:nogroup', path.join(dir, 'mail')]);
  const { key, cert } = await selfSignedCertificate();
  fs.writeFileSync(path.join(dir, 'tls', 'cert.pem'), cert);
  fs.writeFileSync(path.join(dir, 'tls', 'key.pem'), key, { mode: 0o600 });
  // {PLAIN.b64}: any character of a password survives the passwd-file format.
  const stored = Buffer.from(login.password, 'utf8').toString('base64');
  fs.writeFileSync(path.join(dir, 'passwd'), `${login.user}:{PLAIN.b64}${stored}::::::\n`, { mode: 0o640 });
  await run('chown', ['root:dovecot', path.join(dir, 'passwd')]);
  fs.writeFileSync(path.join(dir, 'dovecot.conf'), dovecotConfig(dir));
  fs.writeFileSync(path.join(dir, 'etc', 'main.cf'), mainConfig(dir));
  const [submission, plain, smtps, relay, slow] = await freePorts(5);
  fs.writeFileSync(
    path.join(dir, 'etc', 'master.cf'),
    masterConfig({ submission, plain, smtps, relay, slow }),
  );
  // Postfix will not read a main.cf written within the last second (it waits for it to settle).
  const past = new Date(Date.now() - 10_000);
  for (const file of ['main.cf', 'master.cf']) fs.utimesSync(path.join(dir, 'etc', file), past, past);

  const instance: Postfix = {
    host: '127.0.0.1',
    submissionPort: submission,
    plainPort: plain,
    smtpsPort: smtps,
    relayPort: relay,
    slowPort: slow,
    ca: cert,
    delivered: () => {
      const folder = path.join(dir, 'mail', 'inbox', 'new');
      if (!fs.existsSync(folder)) return [];
      return fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
    },
    log: () =>
      fs.existsSync(path.join(dir, 'log', 'postfix.log'))
        ? fs.readFileSync(path.join(dir, 'log', 'postfix.log'), 'utf8')
        : '',
    close: () => stop(dir),
    waitFor: async (done) => {
      if (!(await until(() => done(instance.delivered(), instance.log()), 10_000)))
        throw new Error('Postfix did not get there in 10 s');
    },
  };
  try {
    const etc = path.join(dir, 'etc');
    // `check` makes the queue folders: Dovecot puts its socket into queue/private.
    await run('postfix', ['-c', etc, 'check']);
    await runDetached('dovecot', ['-c', path.join(dir, 'dovecot.conf')]);
    const socket = path.join(dir, 'queue', 'private', 'auth');
    if (!(await until(() => fs.existsSync(socket), 10_000))) throw new Error('Dovecot made no auth socket');
    await runDetached('postfix', ['-c', etc, 'start']);
    const deadline = Date.now() + 20_000;
    await waitForPort(submission, true, deadline);
    await waitForPort(plain, true, deadline);
    await waitForPort(smtps, false, deadline);
    await waitForPort(relay, true, deadline);
    await waitForPort(slow, false, deadline); // accepts at once, greets 5 s later
    return instance;
  } catch (error) {
    const log = instance.log();
    await stop(dir);
    throw new Error(`${(error as Error).message}\n${log.split('\n').slice(-8).join('\n')}`, {
      cause: error,
    });
  }
}

/** Starts a daemon whose processes outlive the command: no pipe of ours is left for them to hold. */
function runDetached(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))));
  });
}

async function stop(dir: string): Promise<void> {
  const postfixPid = pidIn(path.join(dir, 'queue', 'pid', 'master.pid'));
  if (postfixPid !== undefined) await run('postfix', ['-c', path.join(dir, 'etc'), 'stop']).catch(() => {});
  const dovecotPid = pidIn(path.join(dir, 'dovecot', 'master.pid'));
  if (dovecotPid !== undefined && alive(dovecotPid)) {
    const command = fs.readFileSync(`/proc/${dovecotPid}/cmdline`, 'utf8');
    if (command.includes(path.join(dir, 'dovecot.conf'))) process.kill(dovecotPid, 'SIGTERM');
  }
  await until(() => [postfixPid, dovecotPid].every((pid) => pid === undefined || !alive(pid)), 5000);
  await run('doveadm', ['instance', 'remove', path.join(dir, 'dovecot')]).catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
}
