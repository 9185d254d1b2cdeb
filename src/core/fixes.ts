/** Fixes as minimal text edits: only the fixed values change, every other byte stays as it was. */
import type { JsonDocument } from './document';
import { findProperty } from './json/tree';
import type { FixAction, TextEdit } from './types';

export function editsForFix(action: FixAction, document: JsonDocument): TextEdit[] | undefined {
  switch (action.kind) {
    case 'set': {
      const node = document.node(action.path);
      if (node) return [{ offset: node.offset, length: node.length, newText: JSON.stringify(action.value) }];
      const key = action.path[action.path.length - 1];
      if (typeof key !== 'string') return undefined;
      return insertProperty(document, action.path.slice(0, -1), key, action.value);
    }
    case 'insert-property':
      return insertProperty(document, action.objectPath, action.key, action.value);
    case 'append-item':
      return appendItem(document, action.arrayPath, action.value);
  }
}

function insertProperty(
  document: JsonDocument,
  objectPath: readonly (string | number)[],
  key: string,
  value: unknown,
): TextEdit[] | undefined {
  const object = document.node(objectPath);
  if (object?.type !== 'object' || findProperty(object, key)) return undefined;
  const entry = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  const last = object.properties[object.properties.length - 1];
  if (!last) return [{ offset: object.offset + 1, length: 0, newText: entry }];
  const end = last.offset + last.length;
  return [
    { offset: end, length: 0, newText: `,${separatorBefore(document, object.offset, last.offset)}${entry}` },
  ];
}

function appendItem(
  document: JsonDocument,
  arrayPath: readonly (string | number)[],
  value: string,
): TextEdit[] | undefined {
  const array = document.node(arrayPath);
  if (array?.type !== 'array') return undefined;
  const item = JSON.stringify(value);
  const last = array.items[array.items.length - 1];
  if (!last) return [{ offset: array.offset + 1, length: 0, newText: item }];
  return [
    {
      offset: last.offset + last.length,
      length: 0,
      newText: `,${separatorBefore(document, array.offset, last.offset)}${item}`,
    },
  ];
}

/** A new entry goes on its own line, indented like the last one, when the last one has its own line. */
function separatorBefore(document: JsonDocument, containerOffset: number, lastOffset: number): string {
  const indentation = document.indentationAt(lastOffset);
  if (indentation === undefined || document.sameLine(containerOffset, lastOffset)) return ' ';
  return document.lines.eol + indentation;
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
