/**
 * The first value kept under each of thousands of string keys (the persons' Citrix IDs). One Map
 * that large is slow in V8: for a 10,000-person file, 3.4 ms a lint (a tenth of all of it),
 * against 0.7–1.0 ms for the same keys spread over 128 small Maps by their length and two of their
 * characters (both measured in one process, over 100 runs). A few keys get one Map.
 */
const KEYS_PER_MAP = 64;
const MOST_MAPS = 128;

export class FirstByKey<T> {
  private readonly maps: (Map<string, T> | undefined)[];
  private readonly mask: number;

  /** `expected`: about how many keys will be kept. */
  constructor(expected: number) {
    let spread = 1;
    while (spread < MOST_MAPS && spread * KEYS_PER_MAP < expected) spread *= 2;
    // Filled, not holes: a hole is read through the prototype, where another extension may have
    // put a "0" (a helper's finding: a crash, or one Map shared by every file).
    this.maps = new Array<Map<string, T> | undefined>(spread).fill(undefined);
    this.mask = spread - 1;
  }

  /** The value kept under `key` before; or undefined, and `value` is kept under it from now on. */
  keepFirst(key: string, value: T): T | undefined {
    const last = key.length - 1;
    const which = (key.length * 31 + key.charCodeAt(last) * 7 + key.charCodeAt(last >> 1)) & this.mask;
    const map = (this.maps[which] ??= new Map<string, T>());
    const first = map.get(key);
    if (first === undefined) map.set(key, value);
    return first;
  }
}
