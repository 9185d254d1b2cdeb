export { exclusionTest, findNovaMailFiles, isFolder } from './find-files';
export { portableExclusionTest } from './exclusion';
export { MAX_CA_FILE_BYTES, readCaFile, type CaFileResult } from './ca-file';
export { describeFsProblem, fsProblem, type FsProblem } from '../fs-problem';
export { lintContent, type DiskContent } from './content';
export { readBytes, readBytesLent, readConfigurationFile, type BytesResult } from './read-file';
export { isInsideFolder, nativeSeparators, pathRules, portableSeparators, type PathRules } from './paths';
export { decodeText, encodeText, encodingOf, type TextEncodingName } from './text-encoding';
