import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../../shared/workflow/stages';
import { reachableStages, transition, type WorkflowEvent, type WorkflowState } from '../../../shared/workflow/state-machine';

const active = (stage: Stage): WorkflowState => ({ stage, status: 'active' });
const LAST = STAGES[STAGES.length - 1]!;

describe('workflow state machine: every transition', () => {
  for (const [i, stage] of STAGES.entries()) {
    describe(`from ${stage}`, () => {
      if (stage !== LAST) {
        it(`advances to ${STAGES[i + 1]} when complete`, () => {
          expect(transition(active(stage), { type: 'advance', problems: [] })).toEqual({
            ok: true,
            state: { stage: STAGES[i + 1], status: 'active' },
          });
        });
        it('refuses to advance while the stage has problems, and says which', () => {
          const r = transition(active(stage), { type: 'advance', problems: ['缺少回答'] });
          expect(r).toMatchObject({ ok: false, code: 'INCOMPLETE', problems: ['缺少回答'] });
        });
        it('refuses sign-off before the conclusion', () => {
          expect(transition(active(stage), { type: 'sign', problems: [] })).toMatchObject({ ok: false, code: 'NOT_FINISHED' });
        });
      } else {
        it('cannot advance past the last stage', () => {
          expect(transition(active(stage), { type: 'advance', problems: [] })).toMatchObject({ ok: false, code: 'LAST_STAGE' });
        });
        it('signs off when the conclusion is complete, and not before', () => {
          expect(transition(active(stage), { type: 'sign', problems: [] })).toEqual({ ok: true, state: { stage, status: 'signed' } });
          expect(transition(active(stage), { type: 'sign', problems: ['x'] })).toMatchObject({ ok: false, code: 'INCOMPLETE' });
        });
      }
      for (const [j, target] of STAGES.entries()) {
        const allowed = j <= i;
        it(`${allowed ? 'allows' : 'refuses'} editing ${target}`, () => {
          const r = transition(active(stage), { type: 'edit', stage: target });
          if (allowed) expect(r).toEqual({ ok: true, state: active(stage) });
          else expect(r).toMatchObject({ ok: false, code: 'NOT_REACHED' });
        });
      }
      it('refuses everything once signed', () => {
        const signed: WorkflowState = { stage, status: 'signed' };
        const events: WorkflowEvent[] = [
          { type: 'advance', problems: [] },
          { type: 'sign', problems: [] },
          ...STAGES.map((s): WorkflowEvent => ({ type: 'edit', stage: s })),
        ];
        for (const event of events) {
          expect(transition(signed, event)).toMatchObject({ ok: false, code: 'LOCKED' });
        }
      });
    });
  }

  it('lists the stages that can be opened', () => {
    expect(reachableStages(active('scoping'))).toEqual(['registration', 'screening', 'scoping']);
    expect(reachableStages(active('registration'))).toEqual(['registration']);
  });
});
