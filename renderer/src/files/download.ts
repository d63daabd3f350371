/** Characters Windows, macOS and Linux refuse in file names (names include user text). */
const UNSAFE = /[\\/:*?"<>|]/g;

export const safeFileName = (name: string) =>
  [...name]
    .filter((c) => c >= ' ')
    .join('')
    .replace(UNSAFE, '_')
    .trim() || 'download';

/**
 * Saves content as a file through a Blob and an anchor with `download`: Chromium saves it in
 * browser mode, Electron asks where to save it. Nothing is navigated or opened.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(fileName);
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A review package (JSON text) as a .hiapkg file. */
export function downloadText(fileName: string, content: string): void {
  downloadBlob(fileName, new Blob([content], { type: 'application/json;charset=utf-8' }));
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file the core returns as base64 (the Word report, register exports). */
export function downloadBase64(fileName: string, base64: string, type = DOCX): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type }));
}
