import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Cuts a large CJK font down to the characters one report's charts use, with HarfBuzz's subsetter
 * (WebAssembly, no native code). resvg re-reads the font face for every text span, and for Noto
 * Sans CJK (20 MB, CFF outlines, layout tables for five regions) that costs ~15 ms a label, over
 * a second per chart; from a ~40 KB subset it costs almost nothing. Subsetting takes ~40 ms.
 *
 * The wasm instance keeps the loaded font files (20 MB each) so the next report does not read
 * them again, and lets them go after a minute without use.
 */

interface HbExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_destroy(input: number): void;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** HB_MEMORY_MODE_READONLY: HarfBuzz reads the font where we copied it. */
const READONLY = 1;
const IDLE_MS = 60_000;

let hb: { x: HbExports; blobs: Map<string, number> } | null = null;
let idleTimer: NodeJS.Timeout | null = null;

function instance(): { x: HbExports; blobs: Map<string, number> } {
  if (!hb) {
    const wasm = fs.readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const x = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HbExports;
    hb = { x, blobs: new Map() };
  }
  if (idleTimer) clearTimeout(idleTimer);
  // Dropping the instance frees its whole memory (the font copies) at once.
  idleTimer = setTimeout(() => {
    hb = null;
    idleTimer = null;
  }, IDLE_MS);
  idleTimer.unref();
  return hb;
}

/** The font file as a HarfBuzz blob inside the wasm memory, loaded once per instance. */
function blobFor(h: { x: HbExports; blobs: Map<string, number> }, file: string): number {
  const cached = h.blobs.get(file);
  if (cached !== undefined) return cached;
  const bytes = fs.readFileSync(file);
  const ptr = h.x.malloc(bytes.byteLength);
  if (!ptr) throw new Error('harfbuzz: out of memory');
  new Uint8Array(h.x.memory.buffer, ptr, bytes.byteLength).set(bytes);
  const blob = h.x.hb_blob_create(ptr, bytes.byteLength, READONLY, 0, 0);
  h.blobs.set(file, blob);
  return blob;
}

/**
 * An OpenType font holding only `text`'s characters (plus what shaping them needs), taken from
 * face `faceIndex` of `file` (a TTC holds several faces: Noto Sans CJK's SC face is index 2).
 */
export function subsetFont(file: string, faceIndex: number, text: string): Buffer {
  const h = instance();
  const { x } = h;
  const face = x.hb_face_create(blobFor(h, file), faceIndex);
  const input = x.hb_subset_input_create_or_fail();
  try {
    const set = x.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) x.hb_set_add(set, ch.codePointAt(0)!);
    const subset = x.hb_subset_or_fail(face, input);
    if (!subset) throw new Error(`harfbuzz could not subset ${file}`);
    const blob = x.hb_face_reference_blob(subset);
    const bytes = Buffer.from(new Uint8Array(x.memory.buffer, x.hb_blob_get_data(blob, 0), x.hb_blob_get_length(blob)));
    x.hb_blob_destroy(blob);
    x.hb_face_destroy(subset);
    if (bytes.byteLength === 0) throw new Error(`harfbuzz returned an empty subset of ${file}`);
    return bytes;
  } finally {
    x.hb_subset_input_destroy(input);
    x.hb_face_destroy(face);
  }
}
