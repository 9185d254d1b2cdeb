/** The shared vocabulary of the core: languages, severities, positions, problems and fixes. */

export type Lang = 'en' | 'fi';

/** A text in every language the product speaks. */
export type Localized = Record<Lang, string>;

/** A message's arguments as words of one language (what JSON output and tests see). */
export type PlainData = Readonly<Record<string, string | number>>;

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A step from a JSON value to one of its children: a property name or an array index. */
export type JsonPath = readonly (string | number)[];

/** 0-based line and character; characters count UTF-16 code units, as VS Code does. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A change of the text between two offsets (UTF-16 code units of the text given to `lint`). */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/** What a fix does, in terms of the JSON document; turned into text edits by `fixes.ts`. */
export type FixAction =
  | { kind: 'set'; path: JsonPath; value: string | number | boolean }
  | { kind: 'insert-property'; objectPath: JsonPath; key: string; value: unknown }
  | { kind: 'append-item'; arrayPath: JsonPath; value: string }
  /** Replaces a value JSON.parse does not see (the earlier of two equal keys), by its place. */
  | { kind: 'replace-shadowed'; offset: number; length: number; value: string };

export interface Fix {
  title: Localized;
  action: FixAction;
}

/** Where a problem points: a value, a key, or a value that is missing from an object. */
export type Target =
  | { at: 'value'; path: JsonPath }
  | { at: 'key'; path: JsonPath }
  | { at: 'missing'; path: JsonPath }
  | { at: 'offset'; offset: number; length: number };

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Problem {
  rule: string;
  severity: Severity;
  message: string;
  /** The message's id in the core's catalog (messages.ts), and its arguments: what tests assert. */
  messageId: string;
  data?: PlainData;
  range: Range;
  /** Offsets in the text given to `lint` (a BOM included). */
  offset: number;
  length: number;
  fix?: { title: string; edits: TextEdit[] };
  related?: RelatedLocation[];
}
