import { describe, expect, it } from 'vitest';
import { assertWellFormedXml, docxText, tableRows } from './docx-test-kit';

/** The XML check must catch what would make Word refuse a file, or the report tests prove nothing. */
describe('assertWellFormedXml', () => {
  it('accepts well-formed XML', () => {
    expect(() => assertWellFormedXml('<?xml version="1.0"?><a x="1"><b/>t &amp; &#x1F600;<![CDATA[<]]></a>')).not.toThrow();
  });

  it.each([
    ['an illegal control character', '<a>\u0001</a>'],
    ['an unescaped <', '<a>1 < 2</a>'],
    ['a bare &', '<a>R&D</a>'],
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['an unquoted attribute', '<a x=1></a>'],
    ['an unpaired surrogate', '<a>\uD800</a>'],
  ])('rejects %s', (_, xml) => {
    expect(() => assertWellFormedXml(xml)).toThrow(/not well-formed/);
  });
});

describe('docxText and tableRows', () => {
  it('read paragraphs and cells, decoding entities', () => {
    const xml = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">C</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    expect(tableRows(xml)).toEqual(['A & B | C']);
    expect(docxText('<w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>y</w:t></w:r></w:p>')).toBe('x\ny\n');
  });
});
