/**
 * jsonc-parser's offset tree, read the way JSON.parse reads the text: of two equal keys the last
 * one counts. Lookups go through a per-object index built on first use, so placing many problems
 * costs linear time; walks use an explicit stack, so no input can exhaust the call stack.
 */
import { getNodeValue, type Node } from 'jsonc-parser';
import type { JsonPath } from '../types';
import { isPruned } from './pruned-tree';

export type { Node as JsonNode } from 'jsonc-parser';

export class JsonTree {
  private readonly index = new WeakMap<Node, Map<string, Node>>();

  constructor(readonly root: Node | undefined) {}

  /** The property node holding `key` in an object node (the last one, as JSON.parse keeps the last). */
  property(object: Node | undefined, key: string): Node | undefined {
    if (object?.type !== 'object') return undefined;
    let byKey = this.index.get(object);
    if (!byKey) {
      byKey = new Map();
      for (const property of object.children ?? []) {
        const name = keyOf(property);
        if (name !== undefined) byKey.set(name, property);
      }
      this.index.set(object, byKey);
    }
    return byKey.get(key);
  }

  /** The value node at `path`, or undefined when some step is missing. */
  node(path: JsonPath): Node | undefined {
    let node = this.root;
    for (const step of path) {
      if (!node) return undefined;
      node = this.child(node, step);
    }
    return node;
  }

  private child(node: Node, step: string | number): Node | undefined {
    if (isPruned(node)) throw new Error('a person left out of a pruned tree was looked into');
    if (node.type === 'array') return typeof step === 'number' ? node.children?.[step] : undefined;
    return this.property(node, String(step))?.children?.[1];
  }

  /** Every property node whose key already appeared earlier in the same object, in document order. */
  laterDuplicates(): Node[] {
    const found: Node[] = [];
    this.forEachObject((object) => {
      const seen = new Set<string>();
      for (const property of object.children ?? []) {
        const key = keyOf(property);
        if (key === undefined) continue;
        if (seen.has(key)) found.push(property);
        else seen.add(key);
      }
    });
    return found.sort((a, b) => a.offset - b.offset);
  }

  /**
   * The value nodes that JSON.parse never sees: those of properties overridden by a later property
   * with the same key, with their paths. Objects and arrays below them count as shadowed too.
   */
  shadowedValues(): { path: JsonPath; node: Node }[] {
    const found: { path: JsonPath; node: Node }[] = [];
    const stack: { node: Node; path: JsonPath; shadowed: boolean }[] = [];
    if (this.root) stack.push({ node: this.root, path: [], shadowed: false });
    while (stack.length > 0) {
      const { node, path, shadowed } = stack.pop() as (typeof stack)[number];
      if (shadowed) found.push({ path, node });
      if (node.type === 'array') {
        node.children?.forEach((item, index) => stack.push({ node: item, path: [...path, index], shadowed }));
      } else if (node.type === 'object') {
        for (const property of node.children ?? []) {
          const key = keyOf(property);
          const value = property.children?.[1];
          if (key === undefined || !value) continue;
          const overridden = this.property(node, key) !== property;
          stack.push({ node: value, path: [...path, key], shadowed: shadowed || overridden });
        }
      }
    }
    return found.sort((a, b) => a.node.offset - b.node.offset);
  }

  private forEachObject(visit: (object: Node) => void): void {
    const stack = this.root ? [this.root] : [];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.type === 'object') visit(node);
      for (const child of node.children ?? []) stack.push(child);
    }
  }
}

/** The key of a property node. */
export function keyOf(property: Node): string | undefined {
  const key = property.children?.[0];
  return key?.type === 'string' ? (key.value as string) : undefined;
}

/** The value of a node as JSON.parse would give it (last key wins); the tree is at most MAX_DEPTH deep. */
export function valueOf(node: Node | undefined): unknown {
  return node ? getNodeValue(node) : undefined;
}
