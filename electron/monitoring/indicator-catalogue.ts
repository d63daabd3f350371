import type Database from 'better-sqlite3';
import type { CatalogueIndicator } from '../../shared/monitoring/monitoring-contract';
import { ScopingData } from '../../shared/workflow/stage-data';
import type { EvidenceEngine } from '../evidence/engine';

/**
 * How many assessments chose each indicator in their current scoping stage. One query over the
 * stored stage documents, not one per indicator; a document that no longer validates counts
 * for nothing rather than failing the catalogue.
 */
function usage(db: Database.Database): Map<string, number> {
  const counts = new Map<string, number>();
  const rows = db.prepare("SELECT data FROM assessment_stage WHERE stage = 'scoping'").all() as { data: string }[];
  for (const row of rows) {
    let parsed: ReturnType<typeof ScopingData.safeParse>;
    try {
      parsed = ScopingData.safeParse(JSON.parse(row.data));
    } catch {
      continue;
    }
    if (!parsed.success) continue;
    const chosen = new Set(parsed.data.determinants.flatMap((d) => d.indicators));
    for (const id of chosen) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** 指标库: every seed indicator as the contract shows it, with its context and how often it is used. */
export function indicatorCatalogue(db: Database.Database, evidence: EvidenceEngine): CatalogueIndicator[] {
  const seeds = new Map(evidence.data.indicators.indicators.map((i) => [i.id, i]));
  const used = usage(db);
  return evidence.indicatorRecords(() => true).map((record) => {
    const seed = seeds.get(record.id)!;
    return { ...record, category: seed.category, kind: seed.kind, note: seed.note ?? null, usedBy: used.get(record.id) ?? 0 };
  });
}
