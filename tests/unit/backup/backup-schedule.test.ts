import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../electron/backup/backup';
import { startBackupSchedule, type BackupSchedule } from '../../../electron/backup/backup-schedule';
import { openDatabase } from '../../../electron/db/connection';
import { useTempDir } from '../../support/temp-dir';
import { copyDb, useTemplateDb } from './helpers';

const tempDir = useTempDir();
const template = useTemplateDb();
const HOUR = 3_600_000;
const schedules: BackupSchedule[] = [];
afterEach(() => {
  for (const s of schedules.splice(0)) s.stop();
  vi.useRealTimers();
});

function setup(intervalMs = 24 * HOUR, keep?: number) {
  const { db } = openDatabase(copyDb(template(), tempDir()));
  const dir = tempDir();
  let now = Date.parse('2026-03-01T08:00:00.000Z');
  const clock = {
    advance: (ms: number) => (now += ms),
    now: () => new Date(now),
  };
  const errors: unknown[] = [];
  let current: typeof db | null = db;
  const schedule = startBackupSchedule(() => current, dir, { intervalMs, keep, now: clock.now, onError: (e) => errors.push(e) });
  schedules.push(schedule);
  return { db, dir, clock, errors, schedule, closeDb: () => (current = null) };
}

describe('startBackupSchedule', () => {
  it('backs up when there is no scheduled backup, then again only once the interval has passed', () => {
    const { db, dir, clock, schedule } = setup();
    expect(schedule.check()).toMatchObject({ reason: 'scheduled', at: '2026-03-01T08:00:00.000Z' });
    clock.advance(23 * HOUR);
    expect(schedule.check()).toBeNull();
    clock.advance(HOUR);
    expect(schedule.check()).toMatchObject({ at: '2026-03-02T08:00:00.000Z' });
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['scheduled', 'scheduled']);
    db.close();
  });

  it('keeps only the newest N scheduled backups and never touches manual ones', () => {
    const { db, dir, clock, schedule } = setup(HOUR, 2);
    fs.writeFileSync(`${dir}/hia-2026-01-01T00-00-00-000Z-manual.db`, 'x');
    for (let i = 0; i < 4; i++) {
      schedule.check();
      clock.advance(HOUR);
    }
    expect(listBackups(dir).map((b) => [b.reason, b.at])).toEqual([
      ['scheduled', '2026-03-01T11:00:00.000Z'],
      ['scheduled', '2026-03-01T10:00:00.000Z'],
      ['manual', '2026-01-01T00:00:00.000Z'],
    ]);
    db.close();
  });

  it('does not let a backup stamped in the future (clock turned back) stop backups', () => {
    const { db, dir, schedule } = setup();
    fs.writeFileSync(`${dir}/hia-2030-01-01T00-00-00-000Z-scheduled.db`, 'x');
    expect(schedule.check()).not.toBeNull();
    expect(schedule.check()).toBeNull();
    db.close();
  });

  it('skips while the database is closed and reports failures instead of throwing', () => {
    const { db, dir, schedule, errors, closeDb } = setup();
    closeDb();
    expect(schedule.check()).toBeNull();
    expect(listBackups(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true });
    fs.writeFileSync(dir, 'a file where the backups folder should be');
    const broken = startBackupSchedule(() => db, dir, { onError: (e) => errors.push(e) });
    schedules.push(broken);
    expect(broken.check()).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ code: 'ENOTDIR' })]);
    fs.rmSync(dir);
    db.close();
  });

  it('checks 30 s after start, then every hour, and stops', () => {
    vi.useFakeTimers();
    const { db, dir, schedule } = setup(HOUR / 2);
    vi.advanceTimersByTime(29_999);
    expect(listBackups(dir)).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(listBackups(dir)).toHaveLength(1);
    schedule.stop();
    vi.advanceTimersByTime(5 * HOUR);
    expect(listBackups(dir)).toHaveLength(1);
    db.close();
  });

  it('keeps taking backups hourly when the interval has passed', () => {
    vi.useFakeTimers();
    const { db, dir, clock } = setup(HOUR / 2);
    vi.advanceTimersByTime(30_000);
    clock.advance(HOUR);
    vi.advanceTimersByTime(HOUR);
    expect(listBackups(dir)).toHaveLength(2);
    db.close();
  });
});
