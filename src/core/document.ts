import { parseJson, type ParsedJson } from './json/parse';
import type { JsonNode, JsonTree } from './json/tree';
import { LineIndex } from './positions';
import type { JsonPath, Target } from './types';

export interface Span {
  offset: number;
  length: number;
}

/**
 * One text and what is derived from it on demand: the parse (JSON.parse, and jsonc-parser's tree
 * only when a problem or a fix needs a place) and the line index (offsets to positions).
 */
export class JsonDocument {
  readonly parsed: ParsedJson;
  private lineIndex: LineIndex | undefined;
  private pruned: JsonTree | undefined;

  constructor(readonly text: string) {
    this.parsed = parseJson(text);
  }

  get tree(): JsonTree {
    return this.pruned ?? this.parsed.tree();
  }

  /**
   * From now on, only these persons are looked into (lint places a few problems in a file that may
   * hold 270,000 persons: see pruned-tree.ts). Looking into another one is a mistake, and throws.
   */
  focusOnPersons(persons: ReadonlySet<number>): void {
    this.pruned = this.parsed.prunedTree((index) => persons.has(index));
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  node(path: JsonPath): JsonNode | undefined {
    return this.tree.node(path);
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
        const property = this.tree.property(
          this.node(target.path.slice(0, -1)),
          String(target.path[target.path.length - 1]),
        );
        const key = property?.children?.[0];
        return key ? span(key) : this.missingAnchor(target.path);
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
        const key = this.tree.property(this.node(containerPath.slice(0, -1)), last)?.children?.[0];
        if (key) return span(key);
      }
      return { offset: container.offset, length: 1 };
    }
    return { offset: this.text.charCodeAt(0) === 0xfeff ? 1 : 0, length: 0 };
  }

  /** The white space that starts the line holding `offset`, when only white space precedes it. */
  indentationAt(offset: number): string | undefined {
    // Only the white space before `offset` is read: a file on one line has no other line start.
    const lineStart = offset - this.lines.positionAt(offset).character;
    let start = offset;
    while (start > lineStart && isBlank(this.text.charCodeAt(start - 1))) start--;
    return start === lineStart ? this.text.slice(lineStart, offset) : undefined;
  }

  /** The white space that starts the line holding `offset`, whatever follows it. */
  lineIndentation(offset: number): string {
    const lineStart = offset - this.lines.positionAt(offset).character;
    let end = lineStart;
    while (end < offset && isBlank(this.text.charCodeAt(end))) end++;
    return this.text.slice(lineStart, end);
  }

  /** Whether two offsets stand on the same line. */
  sameLine(a: number, b: number): boolean {
    return this.lines.positionAt(a).line === this.lines.positionAt(b).line;
  }
}

/** A space or a tab. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function span(node: { offset: number; length: number }): Span {
  return { offset: node.offset, length: node.length };
}
