import { strFromU8, unzipSync } from 'fflate';
import { PROPERTY } from './properties';

/**
 * Reads a report back: parts of the DOCX zip, and the HIA custom properties (fingerprint,
 * assessment id, version) that `hia verify` compares with the signed version in the database.
 * fflate is the zip library docx itself uses, so no second one is needed.
 */

export interface ReportProperties {
  fingerprint: string | null;
  assessmentId: string | null;
  version: number | null;
  number: string | null;
  status: 'signed' | 'draft' | null;
}

export class NotAReportError extends Error {
  override name = 'NotAReportError';
}

/** The text of one part of a DOCX (e.g. 'word/document.xml'), or null when absent. */
export function readDocxPart(docx: Uint8Array, part: string): string | null {
  return readDocxParts(docx, (name) => name === part)[part] ?? null;
}

/** Several parts at once, chosen by name (only those are inflated). */
export function readDocxParts(docx: Uint8Array, want: (name: string) => boolean): Record<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx, { filter: (f) => want(f.name) });
  } catch (err) {
    throw new NotAReportError(`not a DOCX (zip) file: ${err instanceof Error ? err.message : String(err)}`);
  }
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/**
 * name → value of docProps/custom.xml. The part is small and machine-written (one `<property
 * name="…">` holding one `<vt:…>` value each), so a regular expression reads it reliably.
 */
export function readCustomProperties(docx: Uint8Array): Map<string, string> {
  const xml = readDocxPart(docx, 'docProps/custom.xml');
  const out = new Map<string, string>();
  if (!xml) return out;
  const property = /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:\w+>([\s\S]*?)<\/vt:\w+>\s*<\/property>/g;
  for (const m of xml.matchAll(property)) out.set(decodeXml(m[1]!), decodeXml(m[2]!));
  return out;
}

export function readReportProperties(docx: Uint8Array): ReportProperties {
  const props = readCustomProperties(docx);
  const version = Number(props.get(PROPERTY.version));
  const status = props.get(PROPERTY.status);
  return {
    fingerprint: props.get(PROPERTY.fingerprint) ?? null,
    assessmentId: props.get(PROPERTY.assessment) ?? null,
    version: Number.isInteger(version) && version > 0 ? version : null,
    number: props.get(PROPERTY.number) ?? null,
    status: status === 'signed' || status === 'draft' ? status : null,
  };
}
