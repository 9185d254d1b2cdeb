/**
 * Whether two values from JSON.parse are equal: the same type, the same items in order, the same
 * own keys with equal values (key order aside). Written for JSON's values only, because
 * fast-deep-equal, which did this before, calls an object's own `toString` or `valueOf` when it has
 * one: a file with `{"toString": ""}` anywhere made Fix all throw "a.toString is not a function".
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameJson(item, other[index]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every(
    (key) => Object.prototype.hasOwnProperty.call(right, key) && sameJson(left[key], right[key]),
  );
}
