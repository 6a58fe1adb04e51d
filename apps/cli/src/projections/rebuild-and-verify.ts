import type { DataSource } from 'typeorm';
import { AlertsInboxProjection } from '#alerts';
import { type EventStore, ProjectionRebuild, type TableDifference } from '#event-store';
import { RegisterProjection } from '#register';

/** The projections that have tables of their own to rebuild and verify. */
function projections() {
  return [new RegisterProjection(), new AlertsInboxProjection()];
}

/** Rebuilds every projection from position 0 beside the live tables, then swaps each in. */
export async function rebuildProjections(db: DataSource, store: EventStore, say: (line: string) => void): Promise<void> {
  for (const projection of projections()) {
    const started = Date.now();
    const rebuild = await ProjectionRebuild.begin(db, store, projection);
    try {
      const applied = await rebuild.catchUp();
      await rebuild.swap();
      say(`${projection.name}: rebuilt from ${applied} events in ${Date.now() - started} ms`);
    } catch (error) {
      await rebuild.discard();
      throw error;
    }
  }
}

/** Recomputes every projection from the log and compares it, row by row, with what is stored. */
export async function verifyProjections(db: DataSource, store: EventStore, say: (line: string) => void): Promise<boolean> {
  let agree = true;
  for (const projection of projections()) {
    const rebuild = await ProjectionRebuild.begin(db, store, projection);
    try {
      await rebuild.catchUp();
      const differences: TableDifference[] = await rebuild.differences();
      for (const { table, onlyStored, onlyRecomputed } of differences) {
        const same = onlyStored === 0 && onlyRecomputed === 0;
        agree &&= same;
        say(`${projection.name} ${table}: ${same ? 'agrees' : `${onlyStored} stored rows the log does not account for, ${onlyRecomputed} rows missing`}`);
      }
    } finally {
      await rebuild.discard();
    }
  }
  return agree;
}
