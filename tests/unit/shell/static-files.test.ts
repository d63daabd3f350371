import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../electron/security/static-files';

const root = path.resolve('/srv/app/renderer');

describe('resolveStaticPath (app:// protocol and browser-mode files)', () => {
  it('maps app paths inside the renderer folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticPath(root, '/assets/%E5%9B%BE.png')).toBe(path.join(root, 'assets', '图.png'));
  });

  it('refuses every way out of the folder', () => {
    for (const evil of [
      '/../package.json',
      '/assets/../../secret',
      '/%2e%2e/secret',
      '/%2E%2E%2Fsecret',
      '/..%2fsecret',
      '/assets/..%5c..%5csecret',
      '/a\\..\\b',
      '/%00index.html',
      '/C:/Windows/win.ini',
      '/%E0%A4%A',
      '/./index.html',
    ]) {
      expect(resolveStaticPath(root, evil), evil).toBeNull();
    }
  });
});
