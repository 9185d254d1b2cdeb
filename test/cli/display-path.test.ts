import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { pathRules } from '../../src/core';
import { displayPath } from '../../src/cli/targets';

/** What displayPath promises: `relative` to the cwd when inside it, else as given. */
function byRelative(file: string, cwd: string, platform: 'linux' | 'win32'): string {
  const api = pathRules(platform).api;
  if (!api.isAbsolute(file)) return file;
  const relative = api.relative(cwd, file);
  const outside = relative === '..' || relative.startsWith(`..${api.sep}`) || api.isAbsolute(relative);
  return relative && !outside ? relative : file;
}

const segment = fc.constantFrom('w', 'Asiakas', 'a.nova-mail.json', '.', '..', '', '...', '.x', 'ä b');

describe('displayPath', () => {
  for (const [platform, root, sep] of [
    ['linux', '/', '/'],
    ['win32', 'C:\\', '\\'],
  ] as const) {
    it(`shows a path as relative() would, whatever its segments (${platform})`, () => {
      const cwdOf = fc.array(segment, { maxLength: 3 }).map((parts) => root + parts.join(sep));
      const fileOf = fc
        .tuple(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.constantFrom(sep, '/'))
        .map(([parts, separator]) => root + parts.join(platform === 'win32' ? separator : sep));
      fc.assert(
        fc.property(cwdOf, fileOf, fc.boolean(), (cwd, file, underCwd) => {
          const target = underCwd ? cwd + sep + file.slice(root.length) : file;
          assert.equal(
            displayPath(target, cwd, pathRules(platform)),
            byRelative(target, cwd, platform),
            `${target} from ${cwd}`,
          );
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('shows a file under the cwd by its rest, and one elsewhere whole', () => {
    const linux = pathRules('linux');
    assert.equal(displayPath('/work/w/a.nova-mail.json', '/work', linux), 'w/a.nova-mail.json');
    assert.equal(displayPath('/workshop/a.nova-mail.json', '/work', linux), '/workshop/a.nova-mail.json');
    assert.equal(displayPath('/work/w/../a.nova-mail.json', '/work', linux), 'a.nova-mail.json');
    assert.equal(displayPath('w/a.nova-mail.json', '/work', linux), 'w/a.nova-mail.json');
    // A folder whose name begins with two dots is inside (it was shown whole).
    assert.equal(displayPath('/work/..old/a.nova-mail.json', '/work', linux), '..old/a.nova-mail.json');
    assert.equal(
      displayPath('/work/w/../../a.nova-mail.json', '/work', linux),
      '/work/w/../../a.nova-mail.json',
    );
    const windows = pathRules('win32');
    assert.equal(displayPath('C:\\Work\\w\\a.json', 'C:\\Work', windows), 'w\\a.json');
    assert.equal(displayPath('c:\\work\\w\\a.json', 'C:\\Work', windows), 'w\\a.json');
    assert.equal(displayPath('C:\\Work\\w/a.json', 'C:\\Work', windows), 'w\\a.json');
  });
});
