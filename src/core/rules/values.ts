/**
 * Every value of a parsed document, for the rules that look at all of them (a password under any
 * key, a control character in any string). Only objects and lists get a frame, linked to its
 * parent; a path is built only for a value that is reported (a file of 270,000 persons has
 * millions of values, and the clean file's lint is the hot path).
 */
import type { JsonPath } from '../types';

export interface Container {
  readonly value: object;
  /** Its key in the parent object, or its index in the parent list; undefined for the root. */
  readonly key: string | number | undefined;
  readonly parent: Container | undefined;
  readonly depth: number;
}

/** Nesting a nova-mail.json never needs (the parser reports deeper ones): nothing looks further. */
const DEEPEST = 64;

/** The path of the value at `key` in `parent` (of the root, when there is no parent). */
export function pathOf(parent: Container | undefined, key: string | number | undefined): JsonPath {
  const path: (string | number)[] = key === undefined ? [] : [key];
  for (let at = parent; at?.parent; at = at.parent) path.push(at.key as string | number);
  return path.reverse();
}

/**
 * Visits every value in document order (depth first, up to 64 levels) with its key and the
 * container it is in; a visit that returns false does not go into the value's children.
 */
export function visitValues(
  config: unknown,
  visit: (value: unknown, key: string | number | undefined, parent: Container | undefined) => boolean | void,
): void {
  if (visit(config, undefined, undefined) === false) return;
  if (config === null || typeof config !== 'object') return;
  const stack: Container[] = [{ value: config, key: undefined, parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const container = stack.pop() as Container;
    if (container.depth >= DEEPEST) continue;
    const { value } = container;
    // Visited last to first, and containers pushed as met: they are then taken in document order.
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) enter(value[index], index, container);
    } else {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index--)
        enter((value as Record<string, unknown>)[keys[index]], keys[index], container);
    }
  }

  function enter(child: unknown, key: string | number, container: Container): void {
    if (visit(child, key, container) === false || child === null || typeof child !== 'object') return;
    stack.push({ value: child, key, parent: container, depth: container.depth + 1 });
  }
}
