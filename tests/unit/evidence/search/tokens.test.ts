import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../../electron/evidence/ingest/normalize';
import { indexText, isSingleHan, termPhrase, tokenize } from '../../../../electron/evidence/search/tokens';

describe('bigram tokens', () => {
  it('splits Han runs into overlapping bigrams and keeps a lone character', () => {
    expect(tokenize('细颗粒物')).toEqual(['细颗', '颗粒', '粒物']);
    expect(tokenize('噪声')).toEqual(['噪声']);
    expect(tokenize('烟')).toEqual(['烟']);
  });

  it('keeps Latin and digits as words, dropping inner dots so PM2.5 is one token', () => {
    expect(tokenize(normalizeForSearch('ＰＭ２．５浓度'))).toEqual(['pm25', '浓度']);
    expect(tokenize(normalizeForSearch('PM2. 5'))).toEqual(['pm25']);
    expect(indexText('o3与pm10')).toBe('o3 与 pm10');
  });

  it('builds phrases that cannot carry FTS5 syntax', () => {
    expect(termPhrase('细颗粒物')).toBe('"细颗 颗粒 粒物"');
    expect(termPhrase('" OR 1 NEAR(x')).toBe('"or 1 near x"');
    expect(termPhrase('，。')).toBeNull();
  });

  it('knows single Han characters', () => {
    expect(isSingleHan('烟')).toBe(true);
    expect(isSingleHan('烟草')).toBe(false);
    expect(isSingleHan('a')).toBe(false);
  });
});
