/**
 * Every value of a parsed document, for the rules that look at all of them (a password under any
 * key, a control character in any string). One frame a value, linked to its parent: a path is
 * built only for a value that is reported (a file of 270,000 persons has millions of values).
 */
import type { JsonPath } from '../types';

export interface ValueFrame {
  readonly value: unknown;
  /** Its key in the parent object, or its index in the parent list; undefined for the root. */
  readonly key: string | number | undefined;
  readonly parent: ValueFrame | undefined;
  readonly depth: number;
}

/** Nesting a nova-mail.json never needs (the parser reports deeper ones): nothing looks further. */
const DEEPEST = 64;

/** The path of a frame, from the root. */
export function pathOf(frame: ValueFrame): JsonPath {
  const path: (string | number)[] = [];
  for (let at: ValueFrame | undefined = frame; at?.parent; at = at.parent)
    path.push(at.key as string | number);
  return path.reverse();
}

/**
 * Visits every value in document order (depth first, up to 64 levels); a visit that returns
 * false does not go into the value's children.
 */
export function visitValues(config: unknown, visit: (frame: ValueFrame) => boolean | void): void {
  const stack: ValueFrame[] = [{ value: config, key: undefined, parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as ValueFrame;
    if (visit(frame) === false) continue;
    const { value, depth } = frame;
    if (value === null || typeof value !== 'object' || depth >= DEEPEST) continue;
    // Pushed last to first, so that they are visited in the document's order.
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], key: index, parent: frame, depth: depth + 1 });
    } else {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index];
        stack.push({ value: (value as Record<string, unknown>)[key], key, parent: frame, depth: depth + 1 });
      }
    }
  }
}
