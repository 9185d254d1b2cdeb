/** What a command may touch of its process: input and output streams, the working folder, colour. */
export interface Io {
  stdout(text: string): void;
  /** Bytes as they are (a workbook), no line break added. */
  stdoutBytes(bytes: Uint8Array): void;
  /** Standard output is a terminal (where bytes would be shown as garbage, or obeyed). */
  stdoutIsTerminal: boolean;
  stderr(text: string): void;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  color: boolean;
}

export function processIo(): Io {
  const env = process.env;
  const color = env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : Boolean(process.stdout.isTTY) && !env.NO_COLOR;
  return {
    stdout: (text) => process.stdout.write(text + '\n'),
    // As a Buffer: a Uint8Array written to a file (`> /dev/full`) failed silently (Node 20).
    stdoutBytes: (bytes) =>
      process.stdout.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    stdoutIsTerminal: Boolean(process.stdout.isTTY),
    stderr: (text) => process.stderr.write(text + '\n'),
    // A getter: Node makes process.stdin (and loads its stream modules) on first use, only for --stdin.
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    color,
  };
}
