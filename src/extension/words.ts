import type { FrontEndWords } from '../core';
import { translator } from './l10n';
import type { StringKey } from './strings';

const english = translator('en');
const finnish = translator('fi');
const both = (key: StringKey) => ({ en: english(key), fi: finnish(key) });

/** What the core's advice calls the editor's own controls. */
export const EDITOR_WORDS: FrontEndWords = {
  serverOverride: both('wordsServerOverride'),
  transcript: both('wordsTranscript'),
  choosePerson: both('wordsChoosePerson'),
  problems: both('wordsProblems'),
};
