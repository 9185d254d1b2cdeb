import * as fs from 'fs';
import { fsProblem, isNovaMailFileName, pathRules, portableSeparators, type FsProblem } from '../core';
import { childPath, pathFromArgument, type FilePath } from './file-path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface Discovery {
  files: FilePath[];
  /** The folders the files were found in (real paths): fixes are never written outside them. */
  roots: Buffer[];
  /** Inputs (arguments, or folders met on the way) that could not be read. */
  failures: { path: FilePath; problem: FsProblem }[];
}

/**
 * The files to check: each file argument as given, and our file names found in each directory
 * argument, recursively. Links to directories are not followed (no loop can trap the walk), links
 * to files are; FIFOs, sockets and devices are skipped; an unreadable folder is reported by its own
 * path and the rest of the tree is still walked.
 */
export function discoverFiles(args: readonly string[]): Discovery {
  const found = new Map<string, FilePath>();
  const roots: Buffer[] = [];
  const failures: Discovery['failures'] = [];
  const addRoot = (directory: Buffer) => {
    try {
      roots.push(fs.realpathSync.native(directory, { encoding: 'buffer' }));
    } catch {
      // an unreadable root has already been reported
    }
  };
  for (const arg of args) {
    const given = pathFromArgument(arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given.bytes);
    } catch (error) {
      failures.push({ path: given, problem: fsProblem(error) });
      continue;
    }
    if (stat.isDirectory()) {
      addRoot(given.bytes);
      walk(given, found, failures);
    } else if (stat.isFile()) {
      addRoot(parentOf(given.bytes));
      found.set(keyOf(given), given);
    } else {
      failures.push({ path: given, problem: 'not-regular' });
    }
  }
  return { files: [...found.values()], roots, failures };
}

function walk(root: FilePath, found: Map<string, FilePath>, failures: Discovery['failures']): void {
  const files: FilePath[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const directory = pending.pop() as FilePath;
    let entries: Entry[];
    try {
      entries = entriesOf(directory.bytes);
    } catch (error) {
      failures.push({ path: directory, problem: fsProblem(error) });
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name)) pending.push(childPath(directory, name));
      } else if (
        isNovaMailFileName(name) &&
        (entry.isFile() || (entry.isSymbolicLink() && linksToFile(directory, name)))
      ) {
        files.push(childPath(directory, name));
      }
    }
  }
  files.sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  for (const file of files) found.set(keyOf(file), file);
}

/** A link to a regular file counts; a dangling one too (it is reported when it cannot be read). */
/** A folder's entry: its name byte for byte as latin1 text, and what it is. */
type Entry = Pick<fs.Dirent, 'isDirectory' | 'isFile' | 'isSymbolicLink'> & { name: string };

/**
 * The entries of a folder, names as latin1 text (a name need not be valid UTF-8, and our suffix is
 * ASCII): a Buffer for every name took a walk of 10,000 files twice as long. Where the file system
 * does not say an entry's type (ext4 without filetype, XFS without ftype, some NFS and FUSE
 * mounts), Node looks each entry up by joining the folder and the name, and refuses a Buffer
 * folder with a text name: there the names are read as Buffers (a helper's finding).
 */
function entriesOf(directory: Buffer): Entry[] {
  try {
    return fs.readdirSync(directory, { withFileTypes: true, encoding: 'latin1' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_INVALID_ARG_TYPE') throw error;
    return fs.readdirSync(directory, { withFileTypes: true, encoding: 'buffer' }).map((entry) => ({
      name: entry.name.toString('latin1'),
      isDirectory: () => entry.isDirectory(),
      isFile: () => entry.isFile(),
      isSymbolicLink: () => entry.isSymbolicLink(),
    }));
  }
}

function linksToFile(directory: FilePath, name: string): boolean {
  try {
    return fs.statSync(childPath(directory, name).bytes).isFile();
  } catch {
    return true;
  }
}

/** A file named twice (`w\a` and `w/a` on Windows, or an argument inside a folder argument) is checked once. */
function keyOf(file: FilePath): string {
  // Byte for byte (latin1): separators are ASCII, and a name need not be valid UTF-8.
  return portableSeparators(file.bytes.toString('latin1'));
}

/** The folder of a file argument (`.` for a bare name; `C:\` for `C:\x.json`). */
function parentOf(file: Buffer): Buffer {
  return Buffer.from(pathRules().api.dirname(file.toString('latin1')), 'latin1');
}
