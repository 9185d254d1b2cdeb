import { strict as assert } from 'node:assert';
import { domainToASCII } from 'node:url';
import { describe, it } from 'node:test';
import { asciiDomain, sameAddress } from '../../src/core/address';

/**
 * The domain to ASCII by the URL parser, which a browser has too (the web extension has no
 * node:url): the same IDNA as Node's url.domainToASCII on every domain, and stricter where Node
 * reads another host out of the text.
 */
describe('asciiDomain', () => {
  const idn = [
    'ääkkö.fi',
    'ÄÄKKÖ.FI',
    'Bücher.de',
    'xn--kk-uiaa6g.fi',
    'fußball.de',
    'ﬁnland.fi',
    '☃.net',
    'ǅ.fi',
    '\u200b.fi',
    'a\u00adb.fi',
    'Ⅻ.fi',
    'ｅｘａｍｐｌｅ．ｆｉ',
    '例え.jp',
    'münchen.de.',
    'a..b',
    '',
    '-x.fi',
    'a b.fi',
    '1.2.3.4',
    'xn--a.fi',
    'xn--.fi',
    `${'a'.repeat(64)}.fi`,
    `${'ä'.repeat(60)}.fi`,
    '\u0000.fi',
    'a@b',
    'a:80',
    'localhost',
  ];
  for (const domain of idn)
    it(`says what Node says: ${JSON.stringify(domain)}`, () =>
      assert.equal(asciiDomain(domain), domainToASCII(domain)));

  // Node reads the host before a '/', '?', '#' or '\', drops a tab and decodes %41: a different domain.
  for (const [domain, node] of [
    ['a/b', 'a'],
    ['a?b', 'a'],
    ['a#b', 'a'],
    ['a\\b', 'a'],
    ['a\tb.fi', 'ab.fi'],
    ['ex%41mple.com', 'example.com'],
    ['[::1]', '[::1]'],
  ])
    it(`is no domain where Node reads another host: ${JSON.stringify(domain)}`, () => {
      assert.equal(domainToASCII(domain), node, "Node's reading, as measured");
      assert.equal(asciiDomain(domain), '');
    });

  it('keeps two addresses apart that Node would have made one (regression)', () => {
    assert.equal(sameAddress('laskut@a/b', 'laskut@a'), false);
    assert.equal(sameAddress('laskut@ÄÄKKÖ.fi', 'LASKUT@xn--kk-uiaa6g.fi'), true);
  });
});
