import { readFile } from 'node:fs/promises';
import { readDocument } from '../files/read-document';

/**
 * Reads a draft given on the command line: a file in any format the app imports (TXT in
 * UTF-8/GBK/UTF-16, Markdown, DOCX, PDF), or standard input for "-" (decoded the same way).
 */
export async function readTextArgument(file: string): Promise<string> {
  if (file !== '-') return (await readDocument(await readFile(file), file)).text;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return (await readDocument(Buffer.concat(chunks), 'stdin.txt')).text;
}
