import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core';
import { createDispatcher, type Handlers } from '../../electron/dispatcher';
import { CHANNELS } from '../../shared/channels';
import { contract } from '../../shared/contract';

async function memoryCore() {
  return await createCore({ dbPath: ':memory:', host: 'web' });
}

describe('dispatcher', () => {
  it('defines a schema for exactly the declared channels', async () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('returns a typed error for an unknown or non-string channel', async () => {
    const core = await memoryCore();
    for (const channel of ['nope/nothing', 42, null, undefined, '__proto__', 'constructor']) {
      const result = await core.dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    core.close();
  });

  it('returns INVALID_INPUT with the offending fields and never calls the core', async () => {
    const core = await memoryCore();
    const spy = vi.spyOn(core.assessments, 'create');
    const bad = [
      { title: '', kind: 'policy', department: '卫健委' },
      { title: '标题', kind: 'law', department: '卫健委' },
      { title: '标题', kind: 'policy' },
      { title: '标题', kind: 'policy', department: '卫健委', extra: 'field' },
      'not an object',
      [1, 2, 3],
      { title: 'x'.repeat(201), kind: 'policy', department: '卫健委' },
    ];
    for (const input of bad) {
      const result = await core.dispatch('assessment/create', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(/输入无效/);
      }
    }
    const missing = await core.dispatch('assessment/create', { title: '标题', kind: 'policy' });
    expect(!missing.ok && missing.error.details).toEqual([expect.objectContaining({ path: 'department' })]);
    expect(spy).not.toHaveBeenCalled();
    core.close();
  });

  it('turns a thrown handler error into INTERNAL without leaking it, and keeps serving', async () => {
    const core = await memoryCore();
    const log = vi.fn();
    const handlers: Handlers = { ...core.handlers, 'assessment/list': () => { throw new Error('disk on fire'); } };
    const dispatch = createDispatcher(handlers, log);
    const failed = await dispatch('assessment/list', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(failed)).not.toContain('disk on fire');
    expect(log).toHaveBeenCalled();
    expect(await dispatch('app/info', {})).toMatchObject({ ok: true });
    core.close();
  });

  it('refuses output that breaks the contract', async () => {
    const core = await memoryCore();
    const handlers = { ...core.handlers, 'app/info': () => ({ name: 1 }) } as unknown as Handlers;
    const result = await createDispatcher(handlers, () => {})('app/info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_OUTPUT' } });
    core.close();
  });

  it('passes NOT_FOUND through as a typed error', async () => {
    const core = await memoryCore();
    const result = await core.dispatch('assessment/get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    core.close();
  });
});
