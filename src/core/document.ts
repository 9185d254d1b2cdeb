import { findNode, findProperty, parseTree, type JsonNode, type ParsedTree } from './json/tree';
import { LineIndex } from './positions';
import type { JsonPath, Target } from './types';

export interface Span {
  offset: number;
  length: number;
}

/**
 * One text and what is derived from it on demand: the offset tree (only needed to place a problem
 * or a fix) and the line index (only needed to turn offsets into positions).
 */
export class JsonDocument {
  private parsed: ParsedTree | undefined;
  private lineIndex: LineIndex | undefined;

  constructor(readonly text: string) {}

  get tree(): ParsedTree {
    return (this.parsed ??= parseTree(this.text));
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  get root(): JsonNode | undefined {
    return this.tree.root;
  }

  node(path: JsonPath): JsonNode | undefined {
    return findNode(this.root, path);
  }

  /** Where a problem's target stands in the text. */
  resolve(target: Target): Span {
    switch (target.at) {
      case 'offset':
        return { offset: target.offset, length: target.length };
      case 'value': {
        const node = this.node(target.path);
        return node ? span(node) : this.missingAnchor(target.path);
      }
      case 'key': {
        const property = findProperty(
          this.node(target.path.slice(0, -1)),
          String(target.path[target.path.length - 1]),
        );
        return property ? span(property.key) : this.missingAnchor(target.path);
      }
      case 'missing':
        return this.missingAnchor(target.path);
    }
  }

  /**
   * For a value that is not there: the key of the property holding the nearest enclosing object,
   * or that object's opening brace when it has no key (the root, an array item).
   */
  private missingAnchor(path: JsonPath): Span {
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const containerPath = path.slice(0, depth);
      const container = this.node(containerPath);
      if (!container) continue;
      const last = containerPath[containerPath.length - 1];
      if (typeof last === 'string') {
        const property = findProperty(this.node(containerPath.slice(0, -1)), last);
        if (property) return span(property.key);
      }
      return { offset: container.offset, length: 1 };
    }
    return { offset: this.text.charCodeAt(0) === 0xfeff ? 1 : 0, length: 0 };
  }

  /** The white space that starts the line holding `offset`, when only white space precedes it. */
  indentationAt(offset: number): string | undefined {
    const lineStart = offset - this.lines.positionAt(offset).character;
    const before = this.text.slice(lineStart, offset);
    return /^[ \t]*$/.test(before) ? before : undefined;
  }

  /** Whether two offsets stand on the same line. */
  sameLine(a: number, b: number): boolean {
    return this.lines.positionAt(a).line === this.lines.positionAt(b).line;
  }
}

function span(node: { offset: number; length: number }): Span {
  return { offset: node.offset, length: node.length };
}
