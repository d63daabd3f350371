import type { Handlers } from '../dispatcher';
import { AppError } from '../../shared/errors';
import type { EvidenceEngine } from './engine';
import type { EvidenceDocumentRow } from './store';
import { importEvidenceDocument } from './import-document';

type EvidenceChannels =
  | 'evidence/search'
  | 'evidence/screen'
  | 'evidence/documents'
  | 'evidence/passage-context'
  | 'evidence/passages'
  | 'evidence/import'
  | 'evidence/remove'
  | 'taxonomy/get'
  | 'evidence/indicators';

const documentOut = ({ meta: _meta, parser: _parser, ...doc }: EvidenceDocumentRow) => doc;

/** The evidence base's contract handlers. */
export function evidenceHandlers(engine: EvidenceEngine): Pick<Handlers, EvidenceChannels> {
  return {
    'evidence/search': ({ query, ...options }) => engine.search(query, options),
    'evidence/screen': ({ text }) => engine.screen(text),
    'evidence/documents': () => engine.store.listDocuments().map(documentOut),
    'evidence/passage-context': ({ id, radius }) => {
      const passages = engine.store.neighbours(id, radius ?? 2);
      const focus = passages.find((p) => p.id === id)!;
      const lines = engine.store.sourceText(focus.documentId).split('\n');
      return {
        document: documentOut(engine.store.getDocument(focus.documentId)),
        focusId: id,
        passages: passages.map((p) => ({
          id: p.id,
          kind: p.kind,
          section: p.headingPath.join(' › '),
          lineStart: p.lineStart,
          lineEnd: p.lineEnd,
          text: p.text,
        })),
        sourceLines: lines
          .slice(focus.lineStart - 1, Math.min(focus.lineEnd, focus.lineStart + 59))
          .map((text, i) => ({ line: focus.lineStart + i, text })),
      };
    },
    'evidence/import': async ({ fileName, dataBase64, title }) =>
      documentOut(await importEvidenceDocument(engine, Buffer.from(dataBase64, 'base64'), fileName, { title })),
    'evidence/passages': ({ ids }) => engine.passagesById(ids),
    'evidence/remove': ({ id }) => {
      const doc = engine.store.getDocument(id);
      if (doc.origin === 'seed') {
        throw new AppError('CONFLICT', `内置的种子文档不能删除：${doc.title} / Built-in seed documents cannot be removed`);
      }
      return engine.store.removeDocument(id);
    },
    'evidence/indicators': ({ determinantIds }) => {
      const wanted = new Set(determinantIds);
      return engine.indicatorRecords((i) => i.determinants.some((d) => wanted.has(d)));
    },
    'taxonomy/get': () => ({
      categories: engine.data.taxonomy.categories.map((c) => ({
        id: c.id,
        name: c.name,
        nameEn: c.nameEn,
        determinants: c.determinants.map((d) => ({
          id: d.id,
          name: d.name,
          nameEn: d.nameEn,
          description: d.description,
          terms: [...d.keywords, ...d.synonyms],
          groups: d.groups,
          indicatorCount: engine.indicatorsFor(d.id).length,
        })),
      })),
      groups: engine.data.taxonomy.groups.map((g) => ({ id: g.id, name: g.name, nameEn: g.nameEn })),
    }),
  };
}
