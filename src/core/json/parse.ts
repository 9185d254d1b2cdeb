/**
 * Strict JSON, as JSON.parse defines it, with jsonc-parser's error-tolerant tree for everything
 * that needs offsets: where a problem is, what the first syntax error is, and what a broken file
 * still says. JSON.parse decides validity; jsonc-parser (which also accepts e.g. U+00A0 as white
 * space) explains it.
 */
import { createScanner, ParseErrorCode, parseTree, SyntaxKind, type ParseError } from 'jsonc-parser';
import type { Message } from '../catalog';
import { msg as message } from '../messages';
import { maskDeepNesting, type Masked } from './depth';
import { mayHaveDuplicateKeys } from './duplicate-scan';
import { prunedTree } from './pruned-tree';
import { JsonTree, valueOf } from './tree';

export interface JsonSyntaxError {
  offset: number;
  length: number;
  message: Message;
}

export interface ParsedJson {
  /** Whether the text is strict JSON (JSON.parse accepts it). */
  valid: boolean;
  /** For a valid text: whether it may hold a key twice (it writes more keys than its value has). */
  mayHaveDuplicateKeys: boolean;
  /**
   * The value JSON.parse gives (it may nest as deep as the text: read it without recursion), or
   * for a broken text the value of what could be parsed.
   */
  value: unknown;
  /** For a broken text: its first syntax error. */
  syntaxError?: JsonSyntaxError;
  /**
   * The text with containers deeper than MAX_DEPTH cut, and the value of that text: what anything
   * that recurses may read. Made on first use (a clean file never needs it).
   */
  bounded(): { masked: Masked; value: unknown };
  /** The offset tree (of the bounded text), built on first use. */
  tree(): JsonTree;
  /**
   * A tree of only the persons `keepPerson` names (the others one node each, not to be looked
   * into), for placing a few problems in a large file; the whole tree when that is built already.
   */
  prunedTree(keepPerson: (index: number) => boolean): JsonTree;
}

const TOLERANT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

export function parseJson(text: string): ParsedJson {
  const bom = text.charCodeAt(0) === 0xfeff;
  let bounded: { masked: Masked; value: unknown } | undefined;
  let tree: JsonTree | undefined;
  let errors: ParseError[] = [];
  const buildTree = (masked: Masked): JsonTree => {
    if (!tree) {
      const collected: ParseError[] = [];
      tree = new JsonTree(parseTree(masked.text, collected, TOLERANT));
      errors = collected;
    }
    return tree;
  };
  let value: unknown;
  try {
    value = JSON.parse(bom ? text.slice(1) : text); // JSON.parse itself does not recurse
  } catch (error) {
    const masked = maskDeepNesting(text);
    const root = buildTree(masked).root;
    const partial = valueOf(root);
    return {
      valid: false,
      mayHaveDuplicateKeys: true,
      value: partial,
      syntaxError: describeSyntaxError(masked.text, errors, error),
      bounded: () => ({ masked, value: partial }),
      tree: () => buildTree(masked),
      prunedTree: () => buildTree(masked), // a broken file's tree is built already
    };
  }
  const boundedOnce = () => {
    if (!bounded) {
      const masked = maskDeepNesting(text);
      bounded = { masked, value: masked.cuts.length > 0 ? JSON.parse(masked.text) : value };
    }
    return bounded;
  };
  return {
    valid: true,
    mayHaveDuplicateKeys: mayHaveDuplicateKeys(bom ? text.slice(1) : text, value),
    value,
    bounded: boundedOnce,
    tree: () => buildTree(boundedOnce().masked),
    prunedTree: (keepPerson) =>
      tree ?? new JsonTree(prunedTree(boundedOnce().masked.text, keepPerson, TOLERANT)),
  };
}

const msg = {
  unexpectedEnd: message('parse.unexpected-end'),
  unexpectedCharacter: message('parse.unexpected-character'),
  valueExpected: message('parse.value-expected'),
  comment: message('parse.comment'),
  trailingComma: message('parse.trailing-comma'),
  singleQuote: message('parse.single-quote'),
  propertyExpected: message('parse.property-expected'),
  colonExpected: message('parse.colon-expected'),
  commaExpected: message('parse.comma-expected'),
  commaOrBrace: message('parse.comma-or-brace'),
  commaOrBracket: message('parse.comma-or-bracket'),
  unterminatedString: message('parse.unterminated-string'),
  controlCharacter: message('parse.control-character'),
  badEscape: message('parse.bad-escape'),
  badNumber: message('parse.bad-number'),
  endExpected: message('parse.end-expected'),
  whitespace: message('parse.whitespace'),
} satisfies Record<string, Message>;

const BY_CODE: Record<ParseErrorCode, Message> = {
  [ParseErrorCode.InvalidSymbol]: msg.unexpectedCharacter,
  [ParseErrorCode.InvalidNumberFormat]: msg.badNumber,
  [ParseErrorCode.PropertyNameExpected]: msg.propertyExpected,
  [ParseErrorCode.ValueExpected]: msg.valueExpected,
  [ParseErrorCode.ColonExpected]: msg.colonExpected,
  [ParseErrorCode.CommaExpected]: msg.commaExpected,
  [ParseErrorCode.CloseBraceExpected]: msg.commaOrBrace,
  [ParseErrorCode.CloseBracketExpected]: msg.commaOrBracket,
  [ParseErrorCode.EndOfFileExpected]: msg.endExpected,
  [ParseErrorCode.InvalidCommentToken]: msg.comment,
  [ParseErrorCode.UnexpectedEndOfComment]: msg.comment,
  [ParseErrorCode.UnexpectedEndOfString]: msg.unterminatedString,
  [ParseErrorCode.UnexpectedEndOfNumber]: msg.badNumber,
  [ParseErrorCode.InvalidUnicode]: msg.badEscape,
  [ParseErrorCode.InvalidEscapeCharacter]: msg.badEscape,
  [ParseErrorCode.InvalidCharacter]: msg.controlCharacter,
};

function describeSyntaxError(text: string, errors: ParseError[], thrown: unknown): JsonSyntaxError {
  const first = errors[0];
  if (!first) return strictnessError(text) ?? fallback(text, thrown);
  const { offset } = first;
  const atEnd = offset >= text.length || text.slice(offset).trim() === '';
  // Never past the end: jsonc-parser gives an unclosed comment ("/*") one more than the text has.
  const length = atEnd ? 0 : Math.min(Math.max(first.length, 1), text.length - offset);
  const next = text.charCodeAt(offset);
  if (
    (first.error === ParseErrorCode.PropertyNameExpected || first.error === ParseErrorCode.ValueExpected) &&
    (next === 125 || next === 93)
  ) {
    const comma = previousSignificant(text, offset);
    if (comma >= 0 && text.charCodeAt(comma) === 44)
      return { offset: comma, length: 1, message: msg.trailingComma };
  }
  if (next === 39) return { offset, length: 1, message: msg.singleQuote };
  if (atEnd) return { offset: Math.min(offset, text.length), length: 0, message: msg.unexpectedEnd };
  if (/\s/.test(text[offset])) return { offset, length: 1, message: msg.whitespace };
  if (first.error === ParseErrorCode.InvalidSymbol && /[A-Za-z_$]/.test(text[offset]))
    return { offset, length, message: msg.valueExpected };
  if (first.error === ParseErrorCode.InvalidCharacter) {
    // jsonc-parser points at the whole string: point at the control character itself.
    // eslint-disable-next-line no-control-regex
    const control = text.slice(offset, offset + length).search(/[\u0000-\u001f]/);
    if (control >= 0) return { offset: offset + control, length: 1, message: msg.controlCharacter };
  }
  if (
    first.error === ParseErrorCode.InvalidEscapeCharacter ||
    first.error === ParseErrorCode.InvalidUnicode
  ) {
    const escape = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(offset, offset + length));
    if (escape) return { offset: offset + escape.index, length: 2, message: msg.badEscape };
  }
  return { offset, length, message: BY_CODE[first.error] ?? msg.unexpectedCharacter };
}

function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

/** jsonc-parser accepts white space that JSON does not (U+00A0, U+2028, a BOM inside the text...). */
function strictnessError(text: string): JsonSyntaxError | undefined {
  const scanner = createScanner(text, false);
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token !== SyntaxKind.LineBreakTrivia && token !== SyntaxKind.Trivia) continue;
    const start = scanner.getTokenOffset();
    const trivia = text.slice(start, start + scanner.getTokenLength());
    const bad = trivia.search(/[^ \t\r\n]/);
    // A leading BOM was turned into a space before parsing; any other is an error.
    if (bad >= 0) return { offset: start + bad, length: 1, message: msg.whitespace };
  }
  return undefined;
}

/** JSON.parse's own words quote the text (a password, maybe): only its position is used. */
function fallback(text: string, thrown: unknown): JsonSyntaxError {
  const reason = thrown instanceof Error ? thrown.message : '';
  const position = /at position (\d+)/.exec(reason);
  const offset = position ? Math.min(Number(position[1]), text.length) : 0;
  return { offset, length: 0, message: message('parse.not-json') };
}
