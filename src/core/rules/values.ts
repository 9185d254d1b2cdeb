/**
 * Every value of a parsed document, for the rules that look at all of them (a password under any
 * key, a control character in any string). Nothing is allocated per value: the walk keeps one
 * list of the keys above the value, and a path is built only for a value that is reported (a file
 * of 270,000 persons has millions of values, and the clean file's lint is the hot path).
 */
import type { JsonPath } from '../types';

/** Where the walk stands: the path of a value in the container being visited, on demand. */
export interface Trail {
  pathTo(key: string | number | undefined): JsonPath;
  /** The keys from the root down to the container being visited (read it, never keep it). */
  readonly above: readonly (string | number)[];
}

/** Nesting a nova-mail.json never needs (the parser reports deeper ones): nothing looks further. */
const DEEPEST = 64;

/**
 * Visits every value in document order (depth first, up to 64 levels deep) with its key; a visit
 * that returns false does not go into the value's children.
 */
export function visitValues(
  config: unknown,
  visit: (value: unknown, key: string | number | undefined, trail: Trail) => boolean | void,
): void {
  const above: (string | number)[] = [];
  const trail: Trail = { above, pathTo: (key) => (key === undefined ? [...above] : [...above, key]) };
  // One loop over parallel stacks of the values still to visit, and the keys read with for…in: a
  // frame object per container and a list of its keys were a sixth of a typical file's
  // allocations, and recursion took V8 longer to optimize than the rest of lint.
  const values: unknown[] = [config];
  const keys: (string | number | undefined)[] = [undefined];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const key = keys.pop();
    const depth = depths.pop() as number;
    // The keys above this value are those of its container: a walk depth first never lost them.
    // Set only when it changes: setting an array's length is a call into the runtime (4 % of a
    // 10,000-person lint).
    const aboveLength = depth > 0 ? depth - 1 : 0;
    if (above.length !== aboveLength) above.length = aboveLength;
    if (visit(value, key, trail) === false || value === null || typeof value !== 'object') continue;
    if (depth >= DEEPEST) continue;
    if (key !== undefined) above.push(key);
    // Its values, pushed last to first: the stack then gives the first of them first.
    const first = values.length;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        values.push(value[index]);
        keys.push(index);
      }
    } else {
      for (const name in value) {
        // Own keys only: another extension in the same host may have added one to Object.prototype.
        if (!Object.hasOwn(value, name)) continue;
        values.push((value as Record<string, unknown>)[name]);
        keys.push(name);
      }
      for (let low = first, high = values.length - 1; low < high; low++, high--) {
        const lowValue = values[low];
        const lowKey = keys[low];
        values[low] = values[high];
        keys[low] = keys[high];
        values[high] = lowValue;
        keys[high] = lowKey;
      }
    }
    while (depths.length < values.length) depths.push(depth + 1);
  }
}
