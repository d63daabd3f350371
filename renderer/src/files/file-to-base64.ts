/** Reads a browser File as base64 for the contract (JSON over IPC or HTTP). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the call stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const IMPORT_ACCEPT = '.txt,.md,.markdown,.docx,.pdf';
