import type { DataSource } from 'typeorm';

/** Where a projection or reactor stands in the log, as stored with its rows. */
export interface StoredCheckpoint {
  /** The projection's name; a reactor's is `reactor:` and its name. */
  name: string;
  /** Opaque: `readAll` resumes just after it. */
  checkpoint: string;
  position: number;
  updatedAt: string;
}

/** A reactor's lane is stored under its name with this prefix: its checkpoint says what it reacted to, not what a read may see. */
export const REACTOR_PREFIX = 'reactor:';

/**
 * Where a projection stands, as a SQL expression for a read that must see it in the same snapshot
 * as the projection's rows (a read of two statements could see rows newer than its checkpoint).
 */
export function storedCheckpointSql(projection: string, column: 'checkpoint' | 'position'): string {
  if (!/^[a-z][a-z:-]*$/.test(projection)) throw new Error(`not a projection name: ${projection}`);
  return `(SELECT ${column} FROM projection_checkpoints WHERE projection = '${projection}')`;
}

/** Every stored checkpoint, by name. With `storedCheckpointSql`, the one reader of the checkpoint table outside the runner's own writes. */
export async function storedCheckpoints(db: DataSource): Promise<StoredCheckpoint[]> {
  const rows: { projection: string; checkpoint: string; position: string | number; updated_at: string | Date }[] = await db.query(
    `SELECT projection, checkpoint, position, updated_at FROM projection_checkpoints ORDER BY projection`,
  );
  return rows.map((row) => ({ name: row.projection, checkpoint: row.checkpoint, position: Number(row.position), updatedAt: new Date(row.updated_at).toISOString() }));
}

export function isReactor(checkpoint: Pick<StoredCheckpoint, 'name'>): boolean {
  return checkpoint.name.startsWith(REACTOR_PREFIX);
}
