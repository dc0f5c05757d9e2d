import { describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { SnapshotCache, warmAfterListen, type SnapshotSpec } from './snapshot-cache.js';

// The helper on its own, over a made-up table: a Map of id → value with a version number. The Db is
// only the key the state hangs on.

function table() {
  return { rows: new Map<number, string>([[1, 'a']]), version: 1, loads: 0, patches: [] as number[][] };
}
type T = ReturnType<typeof table>;
function spec(t: T, over: Partial<SnapshotSpec<Map<number, string>>> = {}): SnapshotSpec<Map<number, string>> {
  return {
    label: 'test',
    fingerprint: () => Promise.resolve(String(t.version)),
    load: () => {
      t.loads += 1;
      return Promise.resolve(new Map(t.rows));
    },
    patch: (_db, s, ids) => {
      t.patches.push([...ids]);
      for (const id of ids) {
        const v = t.rows.get(id);
        if (v === undefined) s.delete(id);
        else s.set(id, v);
      }
      return Promise.resolve(s);
    },
    patchLimit: () => 2,
    whileLoading: 'wait',
    ...over,
  };
}
const db = () => ({}) as Db;

describe('snapshot cache', () => {
  it('loads once, then patches the ids the write hook noted', async () => {
    const t = table();
    const cache = new SnapshotCache(spec(t));
    const d = db();
    expect([...((await cache.get(d)) ?? [])]).toEqual([[1, 'a']]);
    t.rows.set(2, 'b');
    t.version += 1;
    cache.noteWritten(d, [2]);
    expect([...((await cache.get(d)) ?? [])]).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect({ loads: t.loads, patches: t.patches }).toEqual({ loads: 1, patches: [[2]] });
    // Current: no load, no patch.
    await cache.get(d);
    expect({ loads: t.loads, patches: t.patches.length }).toEqual({ loads: 1, patches: 1 });
  });

  it('loads again on a change nobody noted, or on more ids than are worth patching', async () => {
    const t = table();
    const cache = new SnapshotCache(spec(t));
    const d = db();
    await cache.get(d);
    t.rows.set(1, 'changed elsewhere');
    t.version += 1;
    expect((await cache.get(d))?.get(1)).toBe('changed elsewhere');
    cache.noteWritten(d, [1, 2, 3]);
    await cache.get(d);
    expect({ loads: t.loads, patches: t.patches }).toEqual({ loads: 3, patches: [] });
  });

  it('keeps one state per database', async () => {
    const t = table();
    const cache = new SnapshotCache(spec(t));
    await cache.get(db());
    await cache.get(db());
    expect(t.loads).toBe(2);
  });

  it('without waiting readers: null while stale, reloads no sooner than the pause, warm loads at once', async () => {
    const t = table();
    const cache = new SnapshotCache(spec(t, { whileLoading: 'none', reloadPauseMs: 60_000 }));
    const d = db();
    expect(await cache.get(d)).toBeNull(); // first read starts the load and answers without it
    expect((await cache.warm(d))?.get(1)).toBe('a');
    t.version += 1;
    expect(await cache.get(d)).toBeNull();
    expect(await cache.get(d)).toBeNull();
    expect(t.loads).toBe(1); // a load has just ended: the next waits for the pause
    expect((await cache.warm(d))?.get(1)).toBe('a');
    expect(t.loads).toBe(2);
  });

  it('warms one thing after another after listen, and a failure stops neither the rest nor the server', async () => {
    const lines: string[] = [];
    await warmAfterListen(
      [
        { label: 'A ', run: () => Promise.reject(new Error('database unavailable')) },
        { label: 'B ', run: () => Promise.resolve('370800') },
      ],
      (l) => lines.push(l),
    );
    expect(lines.map((l) => l.replace(/\(\d+ ms\)/, '(t)'))).toEqual([
      'A 预热失败（首次读取时再加载）/ warm-up failed: database unavailable',
      'B 已预热 / warmed: 370800 (t)',
    ]);
  });
});
