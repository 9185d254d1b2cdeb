/**
 * An own server's password for `send-test`: never from the file, never an argument (a process
 * list shows arguments). From the environment, or asked without echo when a person is at a terminal.
 */
import { read } from 'read';
import { PASSWORD_ENV } from './password-env';

/** Where the password came from, or why there is none. */
export type PasswordAnswer =
  | { password: string }
  /** Not at a terminal, and the environment gives none. */
  | { none: 'not-asked' }
  /** Asked, and the person gave none (Enter alone, Ctrl-C, Ctrl-D: the input ended). */
  | { none: 'not-given' };

export async function passwordFor(
  prompt: string,
  env: NodeJS.ProcessEnv = process.env,
  terminal = Boolean(process.stdin.isTTY && process.stderr.isTTY),
): Promise<PasswordAnswer> {
  const given = env[PASSWORD_ENV];
  if (given !== undefined && given !== '') return { password: given };
  if (!terminal) return { none: 'not-asked' };
  // Ctrl-D closes `read`'s readline, and `read` then never settles: Node would run out of work and
  // exit 0, as if the message had been accepted. Ctrl-D (readline's keypress on the terminal) and
  // the end of the input are an answer too: none.
  let ended: () => void = () => {};
  const end = new Promise<undefined>((resolve) => (ended = () => resolve(undefined)));
  const onKey = (_text: unknown, key?: { ctrl?: boolean; name?: string }) => {
    if (key?.ctrl && key.name === 'd') ended();
  };
  process.stdin.on('keypress', onKey);
  process.stdin.once('end', ended);
  process.stdin.once('close', ended);
  // Node keeps running while this waits: the end of the input or an answer settles it.
  const keepAlive = setInterval(() => {}, 1 << 30);
  try {
    // On stderr: stdout stays the command's report, for a script to read.
    const answer = await Promise.race([
      read({ prompt, silent: true, replace: '', output: process.stderr }),
      end,
    ]);
    return answer ? { password: answer } : { none: 'not-given' };
  } catch {
    return { none: 'not-given' }; // Ctrl-C or a closed terminal: no password
  } finally {
    clearInterval(keepAlive);
    process.stdin.removeListener('keypress', onKey);
    process.stdin.removeListener('end', ended);
    process.stdin.removeListener('close', ended);
    // The typed password was not echoed, nor the Enter: the next line starts on a line of its own.
    process.stderr.write('\n');
  }
}
