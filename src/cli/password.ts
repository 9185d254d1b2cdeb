/**
 * An own server's password for `send-test`: never from the file, never an argument (a process
 * list shows arguments). From the environment, or asked without echo when a person is at a terminal.
 */
import { read } from 'read';

export const PASSWORD_ENV = 'NOVA_MAIL_SMTP_PASSWORD';

export async function passwordFor(
  prompt: string,
  env: NodeJS.ProcessEnv = process.env,
  terminal = Boolean(process.stdin.isTTY && process.stderr.isTTY),
): Promise<string | undefined> {
  const given = env[PASSWORD_ENV];
  if (given !== undefined && given !== '') return given;
  if (!terminal) return undefined;
  try {
    // On stderr: stdout stays the command's report, for a script to read.
    const answer = await read({ prompt, silent: true, replace: '', output: process.stderr });
    return answer === '' ? undefined : answer;
  } catch {
    return undefined; // Ctrl-C or a closed terminal: no password
  }
}
