/**
 * An offset tree of only the persons that problems are placed in. A full jsonc-parser tree of an
 * 8 MB file of 270,000 persons took 344 MB of heap and 1.9 s, to place a few hundred problems that
 * all stand in the first hundred or so persons. jsonc-parser's visitor lets a callback skip an
 * object or array (its begin callback returns false); every other person becomes one node without
 * children, whose offset and length are still right.
 */
import { visit, type Node, type ParseError } from 'jsonc-parser';

/** A person left out: its node has no children, and must not be looked into. */
export const PRUNED = Symbol('pruned');

/** jsonc-parser's node, writable while it is built. */
interface Built {
  type: Node['type'];
  offset: number;
  length: number;
  colonOffset?: number;
  value?: unknown;
  parent?: Built;
  children?: Built[];
  [PRUNED]?: true;
}

export function prunedTree(
  text: string,
  keepPerson: (index: number) => boolean,
  options: { disallowComments: boolean; allowTrailingComma: boolean },
): Node | undefined {
  const top: Built = { type: 'array', offset: -1, length: -1, children: [] };
  let parent: Built = top;
  const add = (node: Built): Built => {
    node.parent = parent;
    parent.children?.push(node);
    return node;
  };
  /** A property ends where its value ends, or at the comma or the brace after a missing value. */
  const closeProperty = (end: number) => {
    if (parent.type === 'property') {
      parent.length = end - parent.offset;
      parent = parent.parent as Built;
    }
  };
  const open = (type: 'object' | 'array', offset: number, path: () => (string | number)[]): boolean => {
    // Only an item of the root's `persons` list is a person; the path is asked for at depth 2 only.
    const depth = depthOf(parent);
    const person = depth === 2 ? personIndex(path()) : undefined;
    const pruned = person !== undefined && !keepPerson(person);
    parent = add({ type, offset, length: -1, children: [], ...(pruned ? { [PRUNED]: true } : {}) });
    return !pruned;
  };
  const close = (offset: number, length: number) => {
    closeProperty(offset + length);
    parent.length = offset + length - parent.offset;
    parent = parent.parent as Built;
    closeProperty(offset + length);
  };
  const errors: ParseError[] = [];
  visit(
    text,
    {
      onObjectBegin: (offset, _length, _line, _character, path) => open('object', offset, path),
      onArrayBegin: (offset, _length, _line, _character, path) => open('array', offset, path),
      onObjectEnd: close,
      onArrayEnd: close,
      onObjectProperty: (name, offset, length) => {
        parent = add({ type: 'property', offset, length: -1, children: [] });
        add({ type: 'string', value: name, offset, length });
      },
      onLiteralValue: (value: unknown, offset, length) => {
        add({ type: typeOf(value), offset, length, value });
        closeProperty(offset + length);
      },
      onSeparator: (separator, offset) => {
        if (parent.type !== 'property') return;
        if (separator === ':') parent.colonOffset = offset;
        else if (separator === ',') closeProperty(offset);
      },
      onError: (error, offset, length) => void errors.push({ error, offset, length }),
    },
    options,
  );
  const root = top.children?.[0];
  if (root) delete root.parent;
  return root;
}

/** Whether a node of the tree stands for a person left out. */
export function isPruned(node: Node): boolean {
  return (node as unknown as Built)[PRUNED] === true;
}

/** How deep the next value goes: the root is depth 0; properties do not count. */
function depthOf(parent: Built): number {
  let depth = 0;
  for (let node: Built | undefined = parent; node && node.offset !== -1; node = node.parent as Built)
    if (node.type !== 'property') depth++;
  return depth;
}

function personIndex(path: (string | number)[]): number | undefined {
  return path.length === 2 && path[0] === 'persons' && typeof path[1] === 'number' ? path[1] : undefined;
}

function typeOf(value: unknown): Node['type'] {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}
