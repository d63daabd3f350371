/**
 * Physical lines of a document, numbered the way `cat -n` numbers them (1-based). Every
 * passage cites these numbers, so this is the single place where a text is split.
 *
 * - A UTF-8 byte-order mark at the start is dropped.
 * - CRLF, lone CR and LF all end a line.
 * - A final line without a trailing newline is a real line (cat -n prints it; wc -l does not
 *   count it). A trailing newline does not create an extra empty line.
 */
export interface PhysicalLine {
  /** 1-based line number. */
  no: number;
  /** The line's text without its line terminator. */
  raw: string;
}

export function splitPhysicalLines(text: string): PhysicalLine[] {
  if (text.length === 0) return [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parts = body.split(/\r\n|\r|\n/);
  if (parts.length > 0 && parts[parts.length - 1] === '' && /[\r\n]$/.test(body)) parts.pop();
  return parts.map((raw, i) => ({ no: i + 1, raw }));
}
