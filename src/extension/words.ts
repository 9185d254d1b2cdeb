import type { FrontEndWords } from '../core';
import { inBothLanguages } from '../core/catalog';
import { ALL_EXTENSION_MESSAGES, type DesktopMessageId } from './desktop-messages';

const both = (id: DesktopMessageId) => inBothLanguages(ALL_EXTENSION_MESSAGES, { id });

/** What the core's advice calls the editor's own controls. */
export const EDITOR_WORDS: FrontEndWords = {
  serverOverride: both('words.server-override'),
  transcript: both('words.transcript'),
  choosePerson: both('words.choose-person'),
  problems: both('words.problems'),
  password: both('words.password'),
  caFile: both('words.ca-file'),
  allowCleartext: both('words.allow-cleartext'),
  timeout: both('words.timeout'),
};
