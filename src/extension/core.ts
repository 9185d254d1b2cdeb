import type * as Core from '../core';

let loaded: typeof Core | undefined;

/**
 * The core, loaded when it is first needed (the first check of one of our files, a command). The
 * extension activates for every JSON file; a window that never opens a nova-mail.json never loads
 * the core (dist/core.js, built apart from dist/extension.js).
 */
export function core(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('../core') as typeof Core);
}
