export { exclusionTest, findNovaMailFiles } from './find-files';
export {
  fsProblem,
  readBytes,
  readConfigurationFile,
  type BytesResult,
  type DiskContent,
  type FsProblem,
} from './read-file';
