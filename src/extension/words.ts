import type { FrontEndWords } from '../core';
import { inBothLanguages } from '../core/catalog';
import { EXTENSION_MESSAGES, type ExtensionMessageId } from './messages';

const both = (id: ExtensionMessageId) => inBothLanguages(EXTENSION_MESSAGES, { id });

/** What the core's advice calls the editor's own controls. */
export const EDITOR_WORDS: FrontEndWords = {
  serverOverride: both('words.server-override'),
  transcript: both('words.transcript'),
  choosePerson: both('words.choose-person'),
  problems: both('words.problems'),
  password: both('words.password'),
  caFile: both('words.ca-file'),
  allowCleartext: both('words.allow-cleartext'),
};
