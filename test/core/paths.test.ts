import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  exclusionTest,
  isInsideFolder,
  nativeSeparators,
  pathRules,
  portableSeparators,
} from '../../src/core';

const WINDOWS = pathRules('win32');
const MAC = pathRules('darwin');
const LINUX = pathRules('linux');
const inside = (file: string, folder: string, rules = WINDOWS) =>
  isInsideFolder(Buffer.from(file), Buffer.from(folder), rules);

describe("paths by each system's rules (pure: the same answers on every system)", () => {
  it('Windows: drive letters, either separator, any letter case', () => {
    assert.equal(inside('C:\\Users\\Teppo\\asiakkaat\\a.nova-mail.json', 'C:\\Users\\Teppo'), true);
    assert.equal(inside('c:/users/teppo/asiakkaat/a.nova-mail.json', 'C:\\Users\\TEPPO\\'), true);
    assert.equal(inside('C:\\Users\\Teppo\\Ä\\a.json', 'c:\\users\\teppo\\ä'), true);
    assert.equal(inside('D:\\Users\\Teppo\\a.json', 'C:\\Users\\Teppo'), false, 'another drive');
    assert.equal(inside('C:\\Users\\Teppo2\\a.json', 'C:\\Users\\Teppo'), false, 'a sibling by prefix');
    assert.equal(inside('C:\\Users\\Teppo', 'C:\\Users\\Teppo'), false, 'the folder itself');
    assert.equal(inside('C:\\a.json', 'C:\\'), true, 'the drive root');
    assert.equal(inside('C:\\Users\\Teppo\\..\\Other\\a.json', 'C:\\Users\\Teppo'), false);
  });

  it('Windows: UNC shares (Citrix home folders) and the long-path forms', () => {
    assert.equal(inside('\\\\palvelin\\koti$\\teppo\\a.json', '\\\\PALVELIN\\koti$\\teppo'), true);
    assert.equal(inside('\\\\palvelin\\koti$\\teppo\\a.json', '\\\\palvelin\\koti$'), true);
    assert.equal(inside('\\\\toinen\\koti$\\teppo\\a.json', '\\\\palvelin\\koti$'), false);
    assert.equal(inside('\\\\?\\C:\\Users\\Teppo\\a.json', 'C:\\Users\\Teppo'), true);
    assert.equal(inside('\\\\?\\UNC\\palvelin\\koti$\\a.json', '\\\\palvelin\\koti$'), true);
  });

  it('Windows: one letter for one letter, never a German ß read as SS', () => {
    assert.equal(inside('C:\\STRASSE\\a.json', 'C:\\straße'), false);
  });

  it('Linux: bytes, case counts, a backslash is part of a name', () => {
    assert.equal(inside('/home/teppo/a.json', '/home/teppo', LINUX), true);
    assert.equal(inside('/home/Teppo/a.json', '/home/teppo', LINUX), false);
    assert.equal(inside('/home/teppo\\x/a.json', '/home/teppo', LINUX), false);
    assert.equal(inside('/a.json', '/', LINUX), true);
    const latin1 = Buffer.from([0x2f, 0x78, 0xff, 0x2f, 0x61]); // "/x\xff/a": not UTF-8
    assert.equal(isInsideFolder(latin1, Buffer.from([0x2f, 0x78, 0xff]), LINUX), true);
    assert.equal(isInsideFolder(latin1, Buffer.from([0x2f, 0x78, 0xfe]), LINUX), false);
  });

  it('macOS: case and Unicode form do not count (ö written decomposed)', () => {
    assert.equal(inside('/Users/Teppo/Yhtio\u0308/a.json', '/users/teppo/yhti\u00f6', MAC), true);
    assert.equal(inside('/Users/Teppo2/a.json', '/Users/Teppo', MAC), false);
  });

  it('shows paths natively or portably', () => {
    assert.equal(nativeSeparators('w/x\\a.json', WINDOWS), 'w\\x\\a.json');
    assert.equal(portableSeparators('w/x\\a.json', WINDOWS), 'w/x/a.json');
    assert.equal(nativeSeparators('w/x\\a.json', LINUX), 'w/x\\a.json');
    assert.equal(portableSeparators('w/x\\a.json', LINUX), 'w/x\\a.json');
  });

  it('matches exclude patterns on /-separated paths, without regard to case on Windows', () => {
    const windows = exclusionTest(['out', 'Arkisto/**'], WINDOWS);
    assert.equal(windows('out\\build.nova-mail.json'), true);
    assert.equal(windows('OUT\\build.nova-mail.json'), true);
    assert.equal(windows('arkisto\\2025\\a.nova-mail.json'), true);
    assert.equal(windows('in\\out.nova-mail.json'), false);
    const linux = exclusionTest(['out'], LINUX);
    assert.equal(linux('out/build.nova-mail.json'), true);
    assert.equal(linux('OUT/build.nova-mail.json'), false);
    assert.equal(linux('out\\build.nova-mail.json'), false, 'a name with a backslash in it');
  });
});
