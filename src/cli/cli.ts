import { main } from './main';

/** Exits as soon as the result is printed: no socket or timer left behind may hold the process. */
function exit(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  process.stderr.write(
    `nova-mail: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  exit(2);
});
