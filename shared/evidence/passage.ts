/**
 * A passage is the unit of evidence: one paragraph, list item or table row of a source
 * document, cleaned for search but always traceable to the exact lines it came from.
 */
export type PassageKind = 'paragraph' | 'table-row' | 'heading';

export interface PassageSource {
  /** Stable document id, e.g. the seed code '000' or an imported document's id. */
  documentId: string;
  /** Heading path from the top of the document, e.g. ['三、发展任务', '（一）改善健康环境']. */
  headingPath: string[];
  /** 1-based physical line numbers in the original file (as `cat -n` prints them), inclusive. */
  lineStart: number;
  lineEnd: number;
}

export interface ParsedPassage extends PassageSource {
  /** Cleaned text: lines joined, page numbers removed, numbers repaired, widths folded. */
  text: string;
  kind: PassageKind;
  /** Order of the passage within its document, from 0. */
  ordinal: number;
}
