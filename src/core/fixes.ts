/**
 * Fixes as minimal text edits: only the fixed values change, every other byte stays as it was, and
 * new entries follow the file's own style (compact or one per line, its indentation, its line
 * ending). Several insertions into one object or list become one edit, so their commas are right.
 */
import type { JsonDocument } from './document';
import type { JsonNode } from './json/tree';
import type { FixAction, TextEdit } from './types';

export interface PlannedEdits {
  edits: TextEdit[];
  /** The actions the edits carry out: one whose place is gone, or overlaps another's, is left out. */
  applied: FixAction[];
}

interface Candidate {
  edit: TextEdit;
  actions: FixAction[];
}

interface Group<T> {
  container: JsonNode;
  entries: T[];
  actions: FixAction[];
}

export interface FixOptions {
  /** Only replace values that are there (for a file with a syntax error, where insertions are guesses). */
  replaceOnly?: boolean;
}

export function editsForFixes(
  actions: readonly FixAction[],
  document: JsonDocument,
  options: FixOptions = {},
): PlannedEdits {
  const replacements = new Map<number, Candidate>();
  const inserts = new Map<JsonNode, Group<[string, unknown]>>();
  const appends = new Map<JsonNode, Group<string>>();
  const replace = (offset: number, length: number, value: unknown, action: FixAction) => {
    if (!replacements.has(offset))
      replacements.set(offset, {
        edit: { offset, length, newText: JSON.stringify(value) },
        actions: [action],
      });
  };
  const insert = (object: JsonNode | undefined, key: string, value: unknown, action: FixAction) => {
    if (options.replaceOnly || object?.type !== 'object' || document.tree.property(object, key)) return;
    const group = inserts.get(object) ?? { container: object, entries: [], actions: [] };
    inserts.set(object, group);
    if (group.entries.some(([existing]) => existing === key)) return;
    group.entries.push([key, value]);
    group.actions.push(action);
  };
  for (const action of actions) {
    switch (action.kind) {
      case 'replace-shadowed':
        replace(action.offset, action.length, action.value, action);
        break;
      case 'set': {
        const node = document.node(action.path);
        const key = action.path[action.path.length - 1];
        if (node) replace(node.offset, node.length, action.value, action);
        else if (typeof key === 'string')
          insert(document.node(action.path.slice(0, -1)), key, action.value, action);
        break;
      }
      case 'insert-property':
        insert(document.node(action.objectPath), action.key, action.value, action);
        break;
      case 'append-item': {
        const array = document.node(action.arrayPath);
        if (options.replaceOnly || array?.type !== 'array') break;
        const group = appends.get(array) ?? { container: array, entries: [], actions: [] };
        appends.set(array, group);
        if (!group.entries.includes(action.value)) {
          group.entries.push(action.value);
          group.actions.push(action);
        }
        break;
      }
    }
  }
  const candidates = [...replacements.values()];
  const style = new Style(document);
  for (const group of inserts.values()) {
    const texts = group.entries.map(
      ([key, value]) => JSON.stringify(key) + style.colon(group.container) + JSON.stringify(value),
    );
    candidates.push({ edit: style.addEntries(group.container, texts), actions: group.actions });
  }
  for (const group of appends.values()) {
    const texts = group.entries.map((value) => JSON.stringify(value));
    candidates.push({ edit: style.addEntries(group.container, texts), actions: group.actions });
  }
  return withoutOverlaps(candidates);
}

/** Earlier edits win; one that starts inside an earlier one (or where an insertion is) is left out. */
function withoutOverlaps(candidates: Candidate[]): PlannedEdits {
  candidates.sort((a, b) => a.edit.offset - b.edit.offset);
  const planned: PlannedEdits = { edits: [], applied: [] };
  let end = -1;
  for (const { edit, actions } of candidates) {
    if (edit.offset < end || (edit.offset === end && planned.edits.at(-1)?.length === 0)) continue;
    planned.edits.push(edit);
    planned.applied.push(...actions);
    end = edit.offset + edit.length;
  }
  return planned;
}

/** How this file writes its objects and lists. */
class Style {
  private unit: string | undefined;

  constructor(private readonly document: JsonDocument) {}

  /** The text between a key and its value in this object (or around it, for an empty one). */
  colon(object: JsonNode): string {
    const nearby = [
      object,
      object.parent?.type === 'property' ? object.parent.parent : undefined,
      this.document.tree.root,
    ];
    for (const container of nearby) {
      const property =
        container?.type === 'object' ? container.children?.find((p) => p.children?.[1]) : undefined;
      const key = property?.children?.[0];
      const value = property?.children?.[1];
      if (!key || !value) continue;
      const between = this.document.text.slice(key.offset + key.length, value.offset);
      if (/^[ \t]*:[ \t]*$/.test(between)) return between;
    }
    return ': ';
  }

  /** One edit that adds entries (already written out) at the end of an object or a list. */
  addEntries(container: JsonNode, entries: string[]): TextEdit {
    const children = container.children ?? [];
    const last = children[children.length - 1];
    const eol = this.document.lines.eol;
    if (last) {
      const own = this.document.indentationAt(last.offset);
      const separator =
        own !== undefined && !this.document.sameLine(container.offset, last.offset)
          ? eol + own
          : this.inlineSeparator(container);
      return {
        offset: last.offset + last.length,
        length: 0,
        newText: entries.map((entry) => `,${separator}${entry}`).join(''),
      };
    }
    const inner = { offset: container.offset + 1, length: Math.max(container.length - 2, 0) };
    const inside = this.document.text.substr(inner.offset, inner.length);
    if (/[\r\n]/.test(inside) || this.standsOnItsOwnLine(container)) {
      const outer = this.document.lineIndentation(container.offset);
      const indent = outer + this.indentUnit();
      return { ...inner, newText: eol + indent + entries.join(`,${eol}${indent}`) + eol + outer };
    }
    return { ...inner, newText: entries.join(`,${this.inlineSeparator(container)}`) };
  }

  /** After a comma on one line: what this container (or the file) puts there. */
  private inlineSeparator(container: JsonNode): string {
    const [first, second] = container.children ?? [];
    if (first && second) {
      const between = this.document.text.slice(first.offset + first.length, second.offset);
      const after = /^[ \t]*,([ \t]*)$/.exec(between);
      if (after) return after[1];
    }
    return this.colon(container).endsWith(' ') ? ' ' : '';
  }

  /** Whether an empty container's key (or the container itself, in a list) starts its own line. */
  private standsOnItsOwnLine(container: JsonNode): boolean {
    const holder = container.parent?.type === 'property' ? container.parent : container;
    const parent = holder.parent;
    if (!parent) return false;
    return (
      this.document.indentationAt(holder.offset) !== undefined &&
      !this.document.sameLine(parent.offset, holder.offset)
    );
  }

  /** One level of indentation: what the root's first entry adds to the root's own line. */
  private indentUnit(): string {
    if (this.unit !== undefined) return this.unit;
    const root = this.document.tree.root;
    const first = root?.children?.[0];
    const own = first ? this.document.indentationAt(first.offset) : undefined;
    const outer = root ? this.document.lineIndentation(root.offset) : '';
    this.unit =
      own !== undefined && own.length > outer.length && own.startsWith(outer)
        ? own.slice(outer.length)
        : '  ';
    return this.unit;
  }
}

/**
 * Applies edits that do not overlap; an edit that overlaps an earlier one is left out (the next
 * pass of `fixAll` finds its problem again). Inserts at one offset keep their order.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.offset - b.edit.offset || a.index - b.index)
    .map(({ edit }) => edit);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.offset < cursor) continue;
    result += text.slice(cursor, edit.offset) + edit.newText;
    cursor = edit.offset + edit.length;
  }
  return result + text.slice(cursor);
}

/** The single edit that turns `before` into `after`: what differs between common ends. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  return {
    offset: start,
    length: before.length - end - start,
    newText: after.slice(start, after.length - end),
  };
}
