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

  constructor(readonly text: string) {
    this.parsed = parseJson(text);
  }

  get tree(): JsonTree {
    return this.parsed.tree();
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
    const lineStart = offset - this.lines.positionAt(offset).character;
    const before = this.text.slice(lineStart, offset);
    return /^[ \t]*$/.test(before) ? before : undefined;
  }

  /** The white space that starts the line holding `offset`, whatever follows it. */
  lineIndentation(offset: number): string {
    const lineStart = offset - this.lines.positionAt(offset).character;
    return /^[ \t]*/.exec(this.text.slice(lineStart, offset))?.[0] ?? '';
  }

  /** Whether two offsets stand on the same line. */
  sameLine(a: number, b: number): boolean {
    return this.lines.positionAt(a).line === this.lines.positionAt(b).line;
  }
}

function span(node: { offset: number; length: number }): Span {
  return { offset: node.offset, length: node.length };
}
