import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from '../../../electron/security/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import { secureWebPreferences } from '../../../electron/security/window-options';
import fs from 'node:fs';

describe('Electron security options', () => {
  it('isolates the renderer as the security checklist asks', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('has a CSP that allows only our own scripts and no remote connections', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('puts the same script policy in the page meta tag', () => {
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    expect(html).toContain("script-src 'self'");
    expect(html).not.toMatch(/unsafe-eval/);
  });

  it('trusts only app://hia for IPC and navigation', () => {
    expect(isAppUrl('app://hia/index.html#/assessments/x')).toBe(true);
    for (const u of ['app://evil/index.html', 'http://hia/', 'file:///index.html', 'javascript:alert(1)', '']) {
      expect(isAppUrl(u), u).toBe(false);
    }
  });

  it('opens only plain http(s) links externally', () => {
    expect(isSafeExternalUrl('https://www.gov.cn/')).toBe(true);
    for (const u of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'https://user:pw@x.cn/', 'ms-msdt:foo']) {
      expect(isSafeExternalUrl(u), u).toBe(false);
    }
  });
});
