import { describe, expect, it } from 'vitest';
import { rankImpacts } from '../../../shared/workflow/scoring';
import { urbanRail } from './fixtures';

/** The urban-rail fixture is what the report tests and the people reading its PDF rely on. */
describe('urban-rail snapshot fixture', () => {
  const s = urbanRail(); // parses with SnapshotSchema

  it('is a project with construction and operation phases and nine determinants in scope', () => {
    expect(s.assessment.kind).toBe('project');
    expect(s.stages.scoping.phases).toEqual(['construction', 'operation']);
    expect(s.stages.scoping.determinants.map((d) => d.id)).toEqual([
      'noise-vibration',
      'air-quality',
      'road-traffic-safety',
      'walkability-active-travel',
      'accessibility-age-friendly',
      'occupational-health',
      'psychosocial-stress',
      'land-use-planning',
      'physical-activity',
    ]);
  });

  it('has three experts, one divergent on construction noise, resolved by the leader', () => {
    expect(s.panel.members).toHaveLength(3);
    const divergent = s.panel.aggregation.filter((a) => a.divergent);
    expect(divergent.map((a) => `${a.determinantId}/${a.phase}`)).toEqual(['noise-vibration/construction']);
    expect(divergent[0]!.final).toMatchObject({ likelihood: 4, severity: 4 });
    expect(divergent[0]!.leaderNote).not.toBe('');
  });

  it('cites only passages it carries, and is signed by both roles', () => {
    const ids = new Set(s.evidence.map((e) => e.id));
    for (const item of s.stages.scoring.items) for (const e of item.evidence) expect(ids.has(e)).toBe(true);
    expect(s.signatures.map((x) => x.role).sort()).toEqual(['approver', 'leader']);
    expect(rankImpacts(s.ratingScheme, s.stages.scoring.items).filter((r) => r.rank !== null).length).toBeGreaterThan(5);
  });
});
