import { describe, expect, it } from 'vitest';
import { Store, MIGRATIONS } from '../../src/store/index.js';
import { BACKENDS, freshDatabase } from './databases.js';

const newRun = (id: string, hash: string) => ({
  id, hash, scenarioName: 'continuity', title: 'Continuity', scenarioText: 'name: Continuity\n', scenarioJson: '{"name":"Continuity"}',
  runs: 100, seed: 4294967295, dataVersion: 'd1', modelVersion: 'm1',
});
const ID = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

describe.each(BACKENDS)('Store on %s', (backend) => {
  it('applies the versioned migrations once, and again finds nothing to do', async () => {
    const url = await freshDatabase(backend);
    const s = await Store.open({ url });
    expect(s.kind).toBe(backend);
    expect(await s.migrate()).toEqual([]);
    await s.close();
    const again = await Store.open({ url });
    expect(await again.migrate()).toEqual([]);
    expect(Object.keys(MIGRATIONS)).toEqual(['001_initial', '002_result_bytes']);
    await again.close();
  });

  it('keeps a run through its life: queued, running, progress, done with its result in one transaction', async () => {
    const s = await Store.open({ url: await freshDatabase(backend) });
    try {
      const r = await s.createRun(newRun(ID(1), 'h1'));
      expect(r).toMatchObject({ status: 'queued', seed: 4294967295, progressTotal: 100 });
      await s.markRunning(ID(1));
      await s.updateProgress(ID(1), 40, 100);
      expect(await s.getRun(ID(1))).toMatchObject({ status: 'running', progressDone: 40 });
      expect(await s.findDoneRun('h1')).toBeNull();
      await s.finishRun(ID(1), 'h1', '{"ok":1}');
      expect(await s.getRun(ID(1))).toMatchObject({ status: 'done' });
      expect(await s.getResult('h1')).toBe('{"ok":1}');
      expect((await s.findDoneRun('h1'))?.id).toBe(ID(1));
      expect((await s.integrityCheck()).ok).toBe(true);
    } finally { await s.close(); }
  });

  it('marks runs left queued or running interrupted at start, never done, and leaves finished results intact', async () => {
    const url = await freshDatabase(backend);
    const s = await Store.open({ url });
    await s.createRun(newRun(ID(1), 'h1'));
    await s.markRunning(ID(1));
    await s.finishRun(ID(1), 'h1', '{"kept":true}');
    await s.createRun(newRun(ID(2), 'h2'));
    await s.markRunning(ID(2));
    await s.updateProgress(ID(2), 10, 100);
    await s.createRun(newRun(ID(3), 'h3'));
    await s.close(); // as if the server stopped here
    const t = await Store.open({ url });
    try {
      expect(await t.failInterruptedRuns()).toBe(2);
      expect(await t.getRun(ID(2))).toMatchObject({ status: 'interrupted', error: expect.stringContaining('interrupted') });
      expect(await t.getRun(ID(3))).toMatchObject({ status: 'interrupted' });
      expect(await t.getResult('h2')).toBeNull();
      expect(await t.getResult('h1')).toBe('{"kept":true}');
      expect((await t.integrityCheck()).ok).toBe(true);
    } finally { await t.close(); }
  });

  it('does not let a failed transaction leave a partial result', async () => {
    const s = await Store.open({ url: await freshDatabase(backend) });
    try {
      await s.createRun(newRun(ID(1), 'h1'));
      await expect(s.db.transaction().execute(async (tx) => {
        await tx.insertInto('results').values({ hash: 'h1', run_id: ID(1), result_json: '{}', created_at: 'x' }).execute();
        throw new Error('killed mid-write');
      })).rejects.toThrow('killed mid-write');
      expect(await s.getResult('h1')).toBeNull();
      expect((await s.getRun(ID(1)))?.status).toBe('queued');
    } finally { await s.close(); }
  });

  it('stores scenarios and comparisons, upserting by name and hash', async () => {
    const s = await Store.open({ url: await freshDatabase(backend) });
    try {
      await s.upsertScenario('a', 'name: A\n', 'x', true);
      await s.upsertScenario('a', 'name: A2\n', 'y', true);
      await s.upsertScenario('b', 'name: B\n', 'z', false);
      expect(await s.listScenarios()).toEqual([{ name: 'a', text: 'name: A2\n', shipped: true }, { name: 'b', text: 'name: B\n', shipped: false }]);
      await s.putCompare('c1', '{"d":1}');
      await s.putCompare('c1', '{"d":2}');
      expect(await s.getCompare('c1')).toBe('{"d":1}');
      await s.failRun(ID(9), 'nothing');
      expect(await s.listRuns()).toEqual([]);
    } finally { await s.close(); }
  });

  it('reports a done run without a result as an integrity problem', async () => {
    const s = await Store.open({ url: await freshDatabase(backend) });
    try {
      await s.createRun(newRun(ID(1), 'h1'));
      await s.db.updateTable('runs').set({ status: 'done' }).execute();
      expect(await s.integrityCheck()).toEqual({ ok: false, problems: [`run ${ID(1)} is done but has no result`] });
    } finally { await s.close(); }
  });
});
