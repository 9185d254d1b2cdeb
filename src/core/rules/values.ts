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
 * Visits every value (up to 64 levels deep) with its key: the values of a container in order, then
 * the containers among them, first to last (so containers are entered in document order); a visit
 * that returns false does not go into the value's children.
 */
export function visitValues(
  config: unknown,
  visit: (value: unknown, key: string | number | undefined, trail: Trail) => boolean | void,
): void {
  const above: (string | number)[] = [];
  const trail: Trail = { above, pathTo: (key) => (key === undefined ? [...above] : [...above, key]) };
  if (visit(config, undefined, trail) === false || !isContainer(config)) return;
  // One loop over parallel stacks, and the keys read with for…in: a frame object per container
  // and a list of its keys were a sixth of a typical file's allocations, and recursion took V8
  // longer to optimize than the rest of lint (a folder of typical files is done before that).
  const containers: object[] = [config];
  const keys: (string | number)[] = [''];
  const depths: number[] = [0];
  while (containers.length > 0) {
    const container = containers.pop() as Record<string, unknown>;
    const key = keys.pop() as string | number;
    const depth = depths.pop() as number;
    above.length = Math.max(depth - 1, 0);
    if (depth > 0) above.push(key);
    const deeper = depth + 1 < DEEPEST;
    const first = containers.length;
    if (Array.isArray(container)) {
      for (let index = 0; index < container.length; index++) {
        const child: unknown = container[index];
        if (visit(child, index, trail) !== false && deeper && isContainer(child)) {
          containers.push(child);
          keys.push(index);
        }
      }
    } else {
      for (const name in container) {
        // Own keys only: another extension in the same host may have added one to Object.prototype.
        if (!Object.hasOwn(container, name)) continue;
        const child = container[name];
        if (visit(child, name, trail) !== false && deeper && isContainer(child)) {
          containers.push(child);
          keys.push(name);
        }
      }
    }
    // The containers met, reversed in place: the stack then gives the first of them first.
    for (let low = first, high = containers.length - 1; low < high; low++, high--) {
      const container = containers[low];
      const key = keys[low];
      containers[low] = containers[high];
      keys[low] = keys[high];
      containers[high] = container;
      keys[high] = key;
    }
    while (depths.length < containers.length) depths.push(depth + 1);
  }
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
