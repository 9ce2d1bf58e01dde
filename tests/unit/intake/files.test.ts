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
