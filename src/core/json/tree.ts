/**
 * A strict JSON parser that keeps offsets: the tree behind every range and every fix.
 * It stops at the first syntax error (as JSON.parse does) and records keys that appear twice.
 */
import type { Localized } from '../types';

export interface StringNode {
  type: 'string';
  offset: number;
  length: number;
  value: string;
}
export interface NumberNode {
  type: 'number';
  offset: number;
  length: number;
  value: number;
}
export interface BooleanNode {
  type: 'boolean';
  offset: number;
  length: number;
  value: boolean;
}
export interface NullNode {
  type: 'null';
  offset: number;
  length: number;
  value: null;
}
export interface PropertyNode {
  key: StringNode;
  value: JsonNode;
  /** Offset of the key's opening quote to the end of the value. */
  offset: number;
  length: number;
}
export interface ObjectNode {
  type: 'object';
  offset: number;
  length: number;
  properties: PropertyNode[];
}
export interface ArrayNode {
  type: 'array';
  offset: number;
  length: number;
  items: JsonNode[];
}
export type JsonNode = StringNode | NumberNode | BooleanNode | NullNode | ObjectNode | ArrayNode;

export interface JsonSyntaxError {
  offset: number;
  length: number;
  message: Localized;
}

export interface ParsedTree {
  root: JsonNode | undefined;
  error: JsonSyntaxError | undefined;
  /** Every property whose key already appeared earlier in the same object. */
  duplicates: PropertyNode[];
}

const enum Ch {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Apostrophe = 39,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  OpenBrace = 123,
  CloseBrace = 125,
  Bom = 0xfeff,
}

const MAX_DEPTH = 512;

class ParseFailure extends Error {
  constructor(readonly detail: JsonSyntaxError) {
    super(detail.message.en);
  }
}

const msg = {
  unexpectedEnd: { en: 'Unexpected end of file.', fi: 'Tiedosto loppui kesken.' },
  valueExpected: { en: 'Value expected.', fi: 'Tähän kuuluu arvo.' },
  comment: {
    en: 'Comments are not allowed in JSON.',
    fi: 'JSON ei salli kommentteja.',
  },
  trailingComma: {
    en: 'Trailing comma: remove it.',
    fi: 'Ylimääräinen pilkku lopussa: poista se.',
  },
  singleQuote: {
    en: 'Strings must use double quotes (").',
    fi: 'Merkkijonot kirjoitetaan lainausmerkkeihin (").',
  },
  propertyExpected: {
    en: 'Property name in double quotes expected.',
    fi: 'Tähän kuuluu ominaisuuden nimi lainausmerkeissä.',
  },
  colonExpected: { en: 'Colon (:) expected.', fi: 'Tähän kuuluu kaksoispiste (:).' },
  commaOrBrace: { en: 'Comma or } expected.', fi: 'Tähän kuuluu pilkku tai }.' },
  commaOrBracket: { en: 'Comma or ] expected.', fi: 'Tähän kuuluu pilkku tai ].' },
  unterminatedString: { en: 'Unterminated string.', fi: 'Merkkijono ei pääty.' },
  controlCharacter: {
    en: 'Control characters must be escaped in strings.',
    fi: 'Ohjausmerkit on koodattava merkkijonoissa.',
  },
  badEscape: { en: 'Invalid escape sequence.', fi: 'Virheellinen koodimerkintä (\\).' },
  badNumber: { en: 'Invalid number.', fi: 'Virheellinen numero.' },
  endExpected: {
    en: 'End of file expected: only one JSON value is allowed.',
    fi: 'Tiedoston pitäisi päättyä: vain yksi JSON-arvo on sallittu.',
  },
  tooDeep: { en: 'Nesting is too deep.', fi: 'Liian syvä sisäkkäisyys.' },
} satisfies Record<string, Localized>;

export function parseTree(text: string): ParsedTree {
  const duplicates: PropertyNode[] = [];
  let pos = text.charCodeAt(0) === Ch.Bom ? 1 : 0;
  const end = text.length;

  const fail = (message: Localized, offset = pos, length = 1): never => {
    throw new ParseFailure({ offset, length: offset >= end ? 0 : length, message });
  };

  const skipWhitespace = (): void => {
    while (pos < end) {
      const c = text.charCodeAt(pos);
      if (c === Ch.Space || c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.Tab) pos++;
      else if (c === Ch.Slash && (text.charCodeAt(pos + 1) === Ch.Slash || text.charCodeAt(pos + 1) === 42)) {
        fail(msg.comment, pos, 2);
      } else return;
    }
  };

  const parseString = (): StringNode => {
    const start = pos;
    pos++;
    let value = '';
    let chunkStart = pos;
    for (;;) {
      if (pos >= end) fail(msg.unterminatedString, start, end - start);
      const c = text.charCodeAt(pos);
      if (c === Ch.Quote) {
        value += text.slice(chunkStart, pos);
        pos++;
        return { type: 'string', offset: start, length: pos - start, value };
      }
      if (c < 0x20) {
        if (c === Ch.LineFeed || c === Ch.CarriageReturn) fail(msg.unterminatedString, start, pos - start);
        fail(msg.controlCharacter, pos, 1);
      }
      if (c === Ch.Backslash) {
        value += text.slice(chunkStart, pos);
        value += parseEscape();
        chunkStart = pos;
        continue;
      }
      pos++;
    }
  };

  const parseEscape = (): string => {
    const e = text[pos + 1];
    const simple: Record<string, string> = {
      '"': '"',
      '\\': '\\',
      '/': '/',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
    };
    if (e !== undefined && e in simple) {
      pos += 2;
      return simple[e];
    }
    if (e === 'u') {
      const hex = text.slice(pos + 2, pos + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        pos += 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
    }
    return fail(msg.badEscape, pos, 2);
  };

  const parseNumber = (): NumberNode => {
    const start = pos;
    if (text.charCodeAt(pos) === Ch.Minus) pos++;
    const digitsFrom = (from: number): number => {
      let p = from;
      while (p < end && text.charCodeAt(p) >= Ch.Zero && text.charCodeAt(p) <= Ch.Nine) p++;
      return p;
    };
    const first = text.charCodeAt(pos);
    if (first === Ch.Zero) pos++;
    else if (first > Ch.Zero && first <= Ch.Nine) pos = digitsFrom(pos);
    else fail(msg.badNumber, start, Math.max(1, pos - start));
    if (text.charCodeAt(pos) === Ch.Dot) {
      const after = digitsFrom(pos + 1);
      if (after === pos + 1) fail(msg.badNumber, start, after - start);
      pos = after;
    }
    const e = text.charCodeAt(pos);
    if (e === Ch.LowerE || e === Ch.UpperE) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === Ch.Plus || sign === Ch.Minus) pos++;
      const after = digitsFrom(pos);
      if (after === pos) fail(msg.badNumber, start, after - start);
      pos = after;
    }
    return { type: 'number', offset: start, length: pos - start, value: Number(text.slice(start, pos)) };
  };

  const parseLiteral = (): JsonNode => {
    const start = pos;
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value === null
          ? { type: 'null', offset: start, length: word.length, value }
          : { type: 'boolean', offset: start, length: word.length, value };
      }
    }
    let wordEnd = pos;
    while (wordEnd < end && /[A-Za-z0-9_$]/.test(text[wordEnd])) wordEnd++;
    return fail(msg.valueExpected, start, Math.max(1, wordEnd - start));
  };

  /**
   * After an item of an object or array: consumes a comma (false: more items follow) or the
   * closing character (true: the container ends). A comma right before the close is a trailing comma.
   */
  const closesAfterItem = (close: Ch, expected: Localized): boolean => {
    skipWhitespace();
    const next = text.charCodeAt(pos);
    if (next === Ch.Comma) {
      const comma = pos;
      pos++;
      skipWhitespace();
      if (text.charCodeAt(pos) === close) fail(msg.trailingComma, comma, 1);
      return false;
    }
    if (next === close) {
      pos++;
      return true;
    }
    return fail(pos >= end ? msg.unexpectedEnd : expected);
  };

  const parseObject = (depth: number): ObjectNode => {
    const start = pos;
    pos++;
    const properties: PropertyNode[] = [];
    const seen = new Set<string>();
    skipWhitespace();
    if (text.charCodeAt(pos) === Ch.CloseBrace) {
      pos++;
      return { type: 'object', offset: start, length: pos - start, properties };
    }
    for (;;) {
      skipWhitespace();
      const c = text.charCodeAt(pos);
      if (pos >= end) fail(msg.unexpectedEnd);
      if (c !== Ch.Quote) fail(c === Ch.Apostrophe ? msg.singleQuote : msg.propertyExpected);
      const key = parseString();
      skipWhitespace();
      if (text.charCodeAt(pos) !== Ch.Colon) fail(pos >= end ? msg.unexpectedEnd : msg.colonExpected);
      pos++;
      const value = parseValue(depth + 1);
      const property: PropertyNode = {
        key,
        value,
        offset: key.offset,
        length: value.offset + value.length - key.offset,
      };
      if (seen.has(key.value)) duplicates.push(property);
      else seen.add(key.value);
      properties.push(property);
      if (closesAfterItem(Ch.CloseBrace, msg.commaOrBrace)) {
        return { type: 'object', offset: start, length: pos - start, properties };
      }
    }
  };

  const parseArray = (depth: number): ArrayNode => {
    const start = pos;
    pos++;
    const items: JsonNode[] = [];
    skipWhitespace();
    if (text.charCodeAt(pos) === Ch.CloseBracket) {
      pos++;
      return { type: 'array', offset: start, length: pos - start, items };
    }
    for (;;) {
      items.push(parseValue(depth + 1));
      if (closesAfterItem(Ch.CloseBracket, msg.commaOrBracket)) {
        return { type: 'array', offset: start, length: pos - start, items };
      }
    }
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail(msg.tooDeep);
    skipWhitespace();
    if (pos >= end) fail(msg.unexpectedEnd);
    const c = text.charCodeAt(pos);
    if (c === Ch.OpenBrace) return parseObject(depth);
    if (c === Ch.OpenBracket) return parseArray(depth);
    if (c === Ch.Quote) return parseString();
    if (c === Ch.Apostrophe) fail(msg.singleQuote);
    if (c === Ch.Minus || (c >= Ch.Zero && c <= Ch.Nine)) return parseNumber();
    return parseLiteral();
  };

  try {
    const root = parseValue(0);
    skipWhitespace();
    if (pos < end) fail(msg.endExpected, pos, end - pos);
    return { root, error: undefined, duplicates };
  } catch (e) {
    if (e instanceof ParseFailure) return { root: undefined, error: e.detail, duplicates };
    throw e;
  }
}

/** The node at `path`, or undefined when some step is missing. */
export function findNode(
  root: JsonNode | undefined,
  path: readonly (string | number)[],
): JsonNode | undefined {
  let node = root;
  for (const step of path) {
    if (!node) return undefined;
    node = childOf(node, step);
  }
  return node;
}

/** The property holding `key` in an object node (the last one, as JSON.parse keeps the last). */
export function findProperty(node: JsonNode | undefined, key: string): PropertyNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.properties.length - 1; i >= 0; i--) {
    if (node.properties[i].key.value === key) return node.properties[i];
  }
  return undefined;
}

function childOf(node: JsonNode, step: string | number): JsonNode | undefined {
  if (node.type === 'array') return typeof step === 'number' ? node.items[step] : undefined;
  return findProperty(node, String(step))?.value;
}
