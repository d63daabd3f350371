/**
 * Whatever the bytes and the name, readDocument either returns text or rejects with a
 * BAD_FILE AppError: no other exception, no hang. Random data goes through every path:
 * the magic-byte sniffing, the text decoders, mammoth (via real DOCX bytes with damage) and
 * pdfjs (via real PDF bytes cut short or damaged).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../electron/files/read-document';
import { AppError } from '../../../shared/errors';
import { fixture } from './fixtures';

async function outcome(bytes: Uint8Array, name: string): Promise<'text' | 'BAD_FILE'> {
  try {
    const result = await readDocument(bytes, name);
    expect(result.text.trim()).not.toBe('');
    return 'text';
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_FILE') return 'BAD_FILE';
    throw error;
  }
}

const names = fc.constantFrom('a.txt', 'a.md', 'a.docx', 'a.pdf', 'a', 'a.wps', '../../a.txt');

describe('readDocument never fails with anything but BAD_FILE', () => {
  it('on random bytes, including ones that start like a ZIP or a PDF', async () => {
    const prefix = fc.constantFrom('', 'PK\u0003\u0004', '%PDF-1.7\n', '\ufeff', '\u00ff\u00fe');
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 2048 }), names, async (p, body, name) => {
        const bytes = Buffer.concat([Buffer.from(p, 'latin1'), body]);
        expect(['text', 'BAD_FILE']).toContain(await outcome(bytes, name));
      }),
      { numRuns: 150 },
    );
  });

  it('on DOCX files cut short or with damaged bytes', async () => {
    const docx = fixture('draft.docx');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: docx.length - 1 }),
        fc.array(fc.tuple(fc.nat({ max: docx.length - 1 }), fc.nat({ max: 255 })), { maxLength: 8 }),
        async (cut, flips) => {
          const bytes = Buffer.from(docx);
          for (const [at, value] of flips) bytes[at] = value;
          expect(['text', 'BAD_FILE']).toContain(await outcome(bytes, 'draft.docx'));
          expect(await outcome(bytes.subarray(0, cut), 'draft.docx')).toBe('BAD_FILE');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('on PDF files cut short or with damaged bytes', async () => {
    const pdf = fixture('draft.pdf');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: pdf.length - 1 }),
        fc.array(fc.tuple(fc.nat({ max: pdf.length - 1 }), fc.nat({ max: 255 })), { maxLength: 8 }),
        async (cut, flips) => {
          const bytes = Buffer.from(pdf);
          for (const [at, value] of flips) bytes[at] = value;
          // pdfjs rebuilds damaged cross-reference tables, so some damaged files still read.
          expect(['text', 'BAD_FILE']).toContain(await outcome(bytes, 'draft.pdf'));
          expect(['text', 'BAD_FILE']).toContain(await outcome(bytes.subarray(0, cut), 'draft.pdf'));
        },
      ),
      { numRuns: 25 },
    );
  });
});
