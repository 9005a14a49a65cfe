import { describe, expect, it } from 'vitest';
import { decodeDeclaredCharset } from '../../../src/readers/html/charset.js';
import { parseDocument } from '../../../src/parse.js';
import { VnnewsError } from '../../../src/errors.js';

/** Bytes of an ASCII template with raw bytes spliced in for "{…}" hex runs: "H{e0}" → 48 E0. */
function bytes(template: string): Uint8Array {
  const out: number[] = [];
  for (const part of template.split(/(\{[0-9a-f ]+\})/u)) {
    if (part.startsWith('{')) for (const hex of part.slice(1, -1).split(' ')) out.push(Number.parseInt(hex, 16));
    else for (const c of part) out.push(c.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

// "Hà Nội" in Windows-1258: à is one byte (E0); ộ is ô (F4) and a combining dot below (F2).
const HA_NOI = 'H{e0} N{f4 f2}i';
const page = (meta: string) =>
  bytes(`<!DOCTYPE html><html><head>${meta}</head><body><h1>Tin ${HA_NOI} h{f4}m nay</h1>` +
    `<p>M{f4}{cc}t {f0}o{f2}an v{e3}n v{ea}{cc} ${HA_NOI} {f0}u{cc} da{cc}i {f0}{ea}{cc} la{cc}m {f0}o{f2}an v{e3}n.</p></body></html>`);

describe('decodeDeclaredCharset', () => {
  it.each([
    ['<meta charset="windows-1258">'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'],
    ["<meta content='text/html;charset=WINDOWS-1258' http-equiv='content-type'>"],
  ])('decodes a page with the charset it declares: %s', (meta) => {
    const decoded = decodeDeclaredCharset(page(meta), null);
    expect(decoded?.encoding).toBe('windows-1258');
    expect(decoded?.text.normalize('NFC')).toContain('Tin Hà Nội hôm nay');
    expect(decoded?.warnings.map((w) => w.rule)).toEqual(['encoding/declared']);
  });

  it('leaves a page that is UTF-8 whatever it declares to the UTF-8 decoder', () => {
    const utf8 = new TextEncoder().encode('<!DOCTYPE html><meta charset="windows-1258"><h1>Hà Nội</h1>');
    expect(decodeDeclaredCharset(utf8, null)).toBeNull();
  });

  it.each([
    ['no declaration', ''],
    ['a declaration of UTF-8', '<meta charset="utf-8">'],
    ['a charset no browser knows (VNI is a font trick, not an encoding)', '<meta charset="vni">'],
  ])('gives null for %s', (_, meta) => {
    expect(decodeDeclaredCharset(page(meta), null)).toBeNull();
  });

  it('gives null for plain text, which is never decoded by a guess', () => {
    expect(decodeDeclaredCharset(bytes(`charset=windows-1258\n\nTin ${HA_NOI}\n`), 'tin.txt')).toBeNull();
  });
});

describe('parseDocument on a page in a legacy charset', () => {
  it('reads it, in NFC, saying so in source.encoding and a warning', async () => {
    const article = await parseDocument(page('<meta charset="windows-1258">'), { path: 'cu.html' });
    expect(article.title).toBe('Tin Hà Nội hôm nay');
    expect(article.source.encoding).toBe('windows-1258');
    expect(article.warnings.map((w) => w.rule)).toContain('encoding/declared');
  });

  it('still refuses the same page with no declaration, in one line naming the likely encoding', async () => {
    await expect(parseDocument(page(''), { path: 'cu.html' })).rejects.toThrow(VnnewsError);
    await expect(parseDocument(page(''), { path: 'cu.html' })).rejects.toThrow(/not UTF-8 text.*Windows-1258/);
  });
});
