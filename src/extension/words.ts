import type { FrontEndWords } from '../core';
import { inBothLanguages } from '../core/catalog';
import { EXTENSION_MESSAGES, type ExtensionMessageId } from './messages';

const both = (id: ExtensionMessageId) => inBothLanguages(EXTENSION_MESSAGES, { id });

/** What the core's advice calls the editor's own controls. */
export const EDITOR_WORDS: FrontEndWords = {
  serverOverride: both('wordsServerOverride'),
  transcript: both('wordsTranscript'),
  choosePerson: both('wordsChoosePerson'),
  problems: both('wordsProblems'),
  password: both('wordsPassword'),
  caFile: both('wordsCaFile'),
  allowCleartext: both('wordsAllowCleartext'),
};
