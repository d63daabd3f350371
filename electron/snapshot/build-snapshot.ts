import type { Signature, Snapshot } from '../../shared/snapshot/snapshot';
import type { WorkflowReference } from '../assessment/workflow-reference';
import type { WorkflowStore } from '../assessment/workflow-store';
import type { EvidenceEngine } from '../evidence/engine';
import type { PanelStore } from '../panel/panel-store';

/**
 * Gathers everything the report shows into one self-contained snapshot: the assessment and
 * its stages, the names behind ids, the cited passages with their sources, the indicators
 * chosen for monitoring, the panel's ratings and the signatures.
 */
export function buildSnapshot(
  deps: { workflow: WorkflowStore; panel: PanelStore; evidence: EvidenceEngine; reference: WorkflowReference },
  assessmentId: string,
  signatures: Signature[],
  createdAt: string,
): Snapshot {
  const view = deps.workflow.view(assessmentId);
  const a = view.assessment;
  const { scoping, scoring } = view.data;
  const panel = deps.panel.view(assessmentId);
  const taxonomy = deps.evidence.data.taxonomy;
  const categoryOf = (id: string) => taxonomy.categories.find((c) => c.determinants.some((d) => d.id === id))?.name ?? '';
  const scopeIds = scoping.determinants.map((d) => d.id);
  const cited = [
    ...scoping.determinants.flatMap((d) => d.evidence),
    ...scoring.items.flatMap((i) => i.evidence),
    ...panel.aggregation.flatMap((g) => g.ratings.flatMap((r) => r.evidence)),
  ];
  const passages = deps.evidence.passagesById([...new Set(cited)]);
  const indicatorIds = new Set(scoping.determinants.flatMap((d) => d.indicators));

  return {
    schemaVersion: 1,
    assessment: {
      id: a.id,
      number: a.number,
      title: a.title,
      kind: a.kind,
      department: a.department,
      contact: a.contact,
      draftText: a.draftText,
      createdAt: a.createdAt,
    },
    version: a.version,
    stages: view.data,
    determinants: scopeIds.map((id) => ({ id, name: deps.evidence.determinant(id)?.name ?? id, category: categoryOf(id) })),
    groups: scoping.groups.map((id) => ({ id, name: taxonomy.groups.find((g) => g.id === id)?.name ?? id })),
    evidence: passages.map((p) => ({
      id: p.id,
      text: p.text,
      document: p.source.document,
      documentTitle: p.source.documentTitle,
      section: p.source.section,
      lineStart: p.source.lineStart,
      lineEnd: p.source.lineEnd,
    })),
    indicators: deps.evidence
      .indicatorRecords((i) => indicatorIds.has(i.id))
      .map(({ id, name, unit, scope, baseline, baselineYear, target, targetYear, documentTitle, lineStart }) => ({
        id,
        name,
        unit,
        scope,
        baseline,
        baselineYear,
        target,
        targetYear,
        documentTitle,
        lineStart,
      })),
    panel: { members: panel.members, aggregation: panel.aggregation, opinion: panel.state.opinion },
    signatures,
    ratingScheme: deps.reference.ratingScheme,
    screeningForm: deps.reference.screeningForm,
    createdAt,
  };
}
