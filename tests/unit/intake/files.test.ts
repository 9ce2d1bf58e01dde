import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentText, docxText } from '../../../src/lib/intake/docx.ts';
import { kindOf, readTextFile, MAX_FILE_BYTES } from '../../../src/lib/intake/files.ts';

const file = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  size,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
});

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p w:rsidR="1"><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>
<w:r><w:t>学习两会</w:t></w:r><w:r><w:t xml:space="preserve">精神 &amp; &lt;实践&gt;</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>一</w:t><w:tab/><w:t>二</w:t><w:br/><w:t>三&#x1F600;</w:t></w:r></w:p>
</w:body></w:document>`;

const docx = (xml: string) =>
  zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
    'word/document.xml': new TextEncoder().encode(xml),
  });

describe('docx', () => {
  it('reads paragraphs, runs, tabs, breaks and entities', () => {
    expect(documentText(DOCUMENT)).toBe('学习两会精神 & <实践>\n\n一\t二\n三😀');
  });

  it('reads a Word file and refuses a zip without a document', () => {
    expect(docxText(docx(DOCUMENT))).toEqual({
      ok: true,
      text: '学习两会精神 & <实践>\n\n一\t二\n三😀',
    });
    expect(docxText(zipSync({ 'a.txt': Uint8Array.of(65) }))).toEqual({
      ok: false,
      reason: 'docx',
    });
    expect(docxText(Uint8Array.of(1, 2, 3))).toEqual({ ok: false, reason: 'docx' });
  });
});

/**
 * The zip with `name`'s unpacked size, in its local header and in the central directory, set to
 * `claimed`: what a lying .docx says of its document.
 */
function lie(zip: Uint8Array, name: string, claimed: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const named = (at: number, nameAt: number) =>
    new TextDecoder().decode(out.subarray(nameAt, nameAt + view.getUint16(at, true))) === name;
  for (let i = 0; i + 46 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    // Local file header: name length at 26, name at 30, unpacked size at 22.
    if (signature === 0x04034b50 && named(i + 26, i + 30)) view.setUint32(i + 22, claimed, true);
    // Central directory header: name length at 28, name at 46, unpacked size at 24.
    if (signature === 0x02014b50 && named(i + 28, i + 46)) view.setUint32(i + 24, claimed, true);
  }
  return out;
}

/** A document of `n` paragraphs of 字, some 40 bytes each, that deflates to very little. */
const paragraphs = (n: number) =>
  `<w:document><w:body>${'<w:p><w:r><w:t>字</w:t></w:r></w:p>'.repeat(n)}</w:body></w:document>`;

describe('a lying docx (issue 22, item 1)', () => {
  const xml = paragraphs(5_000);
  const lying = lie(docx(xml), 'word/document.xml', 1_000);

  it('is read whole when what it really holds is under the cap, never cut to what it claims', () => {
    expect(xml.length).toBeGreaterThan(100_000);
    expect(docxText(lying)).toEqual({ ok: true, text: Array(5_000).fill('字').join('\n') });
  });

  it('is refused once the bytes it actually gives pass the cap, whatever it claims', () => {
    expect(docxText(lying, { maxBytes: 50_000 })).toEqual({ ok: false, reason: 'too-big' });
    // One that claims more than the cap but holds less is read.
    const modest = lie(docx(paragraphs(10)), 'word/document.xml', 1_000_000_000);
    expect(docxText(modest, { maxBytes: 50_000 })).toMatchObject({ ok: true });
  });

  it('is refused by name when read as a file', async () => {
    const limits = { maxChars: 1_000_000, maxDocumentBytes: 50_000 };
    expect(await readTextFile(file('bomb.docx', lying), undefined, limits)).toEqual({
      ok: false,
      name: 'bomb.docx',
      reason: 'docx-too-big',
    });
  });

  it('says how far unpacking is, up to the whole archive', () => {
    const seen: number[] = [];
    docxText(lying, { progress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });

  it('refuses a document cut short', () => {
    const zip = docx(paragraphs(5_000));
    // The archive ends inside the document's data.
    expect(docxText(zip.subarray(0, 200))).toEqual({ ok: false, reason: 'docx' });
  });
});

describe('readTextFile', () => {
  it('knows text and Word files by their extension', () => {
    expect(kindOf('讲话.TXT')).toBe('text');
    expect(kindOf('notes.md')).toBe('text');
    expect(kindOf('讲话.docx')).toBe('docx');
    expect(kindOf('讲话.doc')).toBeNull();
    expect(kindOf('README')).toBeNull();
  });

  it('reads a text file and a Word file', async () => {
    const bytes = new TextEncoder().encode('甲\n乙');
    expect(await readTextFile(file('a.txt', bytes))).toEqual({
      ok: true,
      name: 'a.txt',
      text: '甲\n乙',
      encoding: 'utf-8',
    });
    expect(await readTextFile(file('b.docx', docx(DOCUMENT)))).toMatchObject({
      ok: true,
      encoding: 'docx',
    });
  });

  it('refuses other files, binary files, broken Word files and huge files, naming them', async () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0);
    expect(await readTextFile(file('photo.png', png))).toEqual({
      ok: false,
      name: 'photo.png',
      reason: 'type',
    });
    expect(await readTextFile(file('photo.txt', png))).toEqual({
      ok: false,
      name: 'photo.txt',
      reason: 'binary',
    });
    expect(await readTextFile(file('x.docx', png))).toMatchObject({ reason: 'docx' });
    expect(await readTextFile(file('big.txt', png, MAX_FILE_BYTES + 1))).toMatchObject({
      reason: 'too-big',
    });
  });
});

describe('readTextFile and the limit per side (issue 22, item 2)', () => {
  const limits = { maxChars: 10, maxDocumentBytes: 1_000_000 };

  it('refuses a text over the limit by name, with its count as the comparison counts', async () => {
    // Line breaks are not characters; 11 characters in three lines are one too many.
    const bytes = new TextEncoder().encode('一二三四\r\n五六七\n八九十〇');
    expect(await readTextFile(file('long.txt', bytes), undefined, limits)).toEqual({
      ok: false,
      name: 'long.txt',
      reason: 'too-long',
      chars: 11,
    });
    const ten = new TextEncoder().encode('一二三四\n五六七\n八九十\n');
    expect(await readTextFile(file('ten.txt', ten), undefined, limits)).toMatchObject({
      ok: true,
      text: '一二三四\n五六七\n八九十\n',
    });
  });

  it('refuses a Word file whose text is over the limit', async () => {
    expect(await readTextFile(file('long.docx', docx(paragraphs(11))), undefined, limits)).toEqual({
      ok: false,
      name: 'long.docx',
      reason: 'too-long',
      chars: 11,
    });
  });

  it('says each step it takes', async () => {
    const steps: string[] = [];
    await readTextFile(file('a.txt', new TextEncoder().encode('甲')), (p) => steps.push(p.step));
    expect(steps).toEqual(['read', 'decode', 'count']);
  });
});
