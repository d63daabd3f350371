/** Internal types shared by the ingestion steps. */
import type { PassageKind } from '../../../shared/evidence/passage';

/** A physical line prepared for structure detection. */
export interface PreparedLine {
  /** 1-based physical line number. */
  no: number;
  /** Original text of the line. */
  raw: string;
  /** The line without block markdown (#, list bullet, >) and leading spaces; inline residue kept. */
  text: string;
  /** cleanText(text): used to classify the line. */
  clean: string;
  /** Markdown heading level when the line was "# …". */
  mdLevel?: number;
  /** Line began with a markdown bullet ("- 1.实施…" in 004). */
  bullet: boolean;
  /** Nothing left after cleaning. */
  blank: boolean;
  /** Page artefact or table of contents: not part of the text. */
  skip: boolean;
}

/** A passage before document id and ordinal are attached. */
export interface Draft {
  kind: PassageKind;
  text: string;
  lineStart: number;
  lineEnd: number;
  headingPath: string[];
}

/** Collects drafts in reading order. */
export type Emit = (draft: Draft) => void;
