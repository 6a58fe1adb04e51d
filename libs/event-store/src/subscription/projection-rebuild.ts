import type { DataSource, EntityManager } from 'typeorm';
import type { EventStore } from '../event-store.port.js';
import type { Projection } from './projection.js';

const BATCH = 1_000;

export interface TableDifference {
  table: string;
  onlyStored: number;
  onlyRecomputed: number;
}

/**
 * Builds a projection from position 0 into a scratch schema beside the live tables: same SQL, the
 * scratch schema first on the search path. Writes and the live projector carry on meanwhile.
 */
export class ProjectionRebuild {
  private constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    private readonly projection: Projection & { tables: readonly string[] },
    readonly schema: string,
    private checkpoint: string | null = null,
    private position = 0,
  ) {}

  static async begin(db: DataSource, store: EventStore, projection: Projection & { tables: readonly string[] }): Promise<ProjectionRebuild> {
    const schema = `rebuild_${projection.name.replace(/[^a-z0-9]/gi, '_')}_${Date.now()}`;
    await db.transaction((tx) => copyTables(tx, projection.tables, schema));
    return new ProjectionRebuild(db, store, projection, schema);
  }

  /** Applies every event in the log not yet applied to the scratch tables; returns how many. */
  async catchUp(): Promise<number> {
    let applied = 0;
    for (;;) {
      const batch = await this.store.readAll(this.checkpoint, BATCH);
      if (batch.length === 0) return applied;
      await this.db.transaction(async (tx) => {
        await this.useScratch(tx);
        if (this.projection.applyBatch) await this.projection.applyBatch(batch, tx);
        else for (const event of batch) await this.projection.apply(event, tx);
      });
      this.checkpoint = batch[batch.length - 1].checkpoint;
      this.position = batch[batch.length - 1].position;
      applied += batch.length;
    }
  }

  /** Rows that differ between the live tables and the recomputed ones, once both stand at the same checkpoint. */
  async differences(): Promise<TableDifference[]> {
    const [live]: { checkpoint: string }[] = await this.db.query(`SELECT checkpoint FROM projection_checkpoints WHERE projection = $1`, [
      this.projection.name,
    ]);
    if ((live?.checkpoint ?? null) !== this.checkpoint) {
      throw new Error(`${this.projection.name} is at ${live?.checkpoint ?? 'the start'}, the recomputation at ${this.checkpoint ?? 'the start'}: stop writes, or let the projector catch up, and verify again`);
    }
    const result: TableDifference[] = [];
    for (const table of this.projection.tables) {
      const columns = await this.columnsCompared(table);
      const [counts]: { only_stored: number; only_recomputed: number }[] = await this.db.query(
        `SELECT (SELECT count(*) FROM (SELECT ${columns} FROM public.${table} EXCEPT ALL SELECT ${columns} FROM ${this.schema}.${table}) d)::int AS only_stored,
                (SELECT count(*) FROM (SELECT ${columns} FROM ${this.schema}.${table} EXCEPT ALL SELECT ${columns} FROM public.${table}) d)::int AS only_recomputed`,
      );
      result.push({ table, onlyStored: counts.only_stored, onlyRecomputed: counts.only_recomputed });
    }
    return result;
  }

  /** Every column of the table but the projection's bookkeeping, quoted, in the table's order. */
  private async columnsCompared(table: string): Promise<string> {
    const left = new Set(this.projection.bookkeeping?.[table] ?? []);
    const columns: { name: string }[] = await this.db.query(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    return columns
      .filter((column) => !left.has(column.name))
      .map((column) => `"${column.name.replaceAll('"', '""')}"`)
      .join(', ');
  }

  /**
   * Puts the rebuilt tables in place of the live ones and moves the projection's checkpoint to where
   * the rebuild stands, in one transaction. A live projector's next checkpoint compare-and-set fails,
   * it reloads the checkpoint and applies what came after onto the new tables: nothing lost, nothing twice.
   */
  async swap(): Promise<void> {
    const archive = `${this.schema}_replaced`;
    await this.db.transaction(async (tx) => {
      // Waits for a live projector's batch in flight, and holds the next one back until the swap is done.
      await tx.query(`SELECT projection FROM projection_checkpoints WHERE projection = $1 FOR UPDATE`, [this.projection.name]);
      await tx.query(`CREATE SCHEMA ${archive}`);
      for (const table of this.projection.tables) {
        await tx.query(`ALTER TABLE public.${table} SET SCHEMA ${archive}`);
        await tx.query(`ALTER TABLE ${this.schema}.${table} SET SCHEMA public`);
      }
      if (this.checkpoint === null) {
        await tx.query(`DELETE FROM projection_checkpoints WHERE projection = $1`, [this.projection.name]);
      } else {
        await tx.query(
          `INSERT INTO projection_checkpoints (projection, checkpoint, position, events_applied, updated_at)
           VALUES ($1, $2, $3, 0, now())
           ON CONFLICT (projection) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, position = EXCLUDED.position, updated_at = now()`,
          [this.projection.name, this.checkpoint, this.position],
        );
      }
      await tx.query(`DROP SCHEMA ${archive} CASCADE`);
      await tx.query(`DROP SCHEMA ${this.schema} CASCADE`);
    });
  }

  async discard(): Promise<void> {
    await this.db.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  private async useScratch(tx: EntityManager): Promise<void> {
    await tx.query(`SET LOCAL search_path TO ${this.schema}, public`);
  }
}

/**
 * The live tables' shape in another schema, with every index, key and foreign key under its own
 * name — so once swapped in, the tables are exactly what the migrations made.
 */
async function copyTables(tx: EntityManager, tables: readonly string[], schema: string): Promise<void> {
  await tx.query(`SET LOCAL search_path TO public`);
  await tx.query(`CREATE SCHEMA ${schema}`);
  const foreignKeys: { table: string; name: string; definition: string }[] = [];
  for (const table of tables) {
    await tx.query(`CREATE TABLE ${schema}.${table} (LIKE public.${table} INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING CONSTRAINTS)`);
    const indexes: { name: string; definition: string; constraint: 'p' | 'u' | null }[] = await tx.query(
      `SELECT i.indexname AS name, i.indexdef AS definition, c.contype AS constraint
         FROM pg_indexes i
         LEFT JOIN pg_constraint c ON c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass AND c.contype IN ('p', 'u')
        WHERE i.schemaname = 'public' AND i.tablename = $1`,
      [table],
    );
    for (const index of indexes) {
      await tx.query(index.definition.replace(` ON public.${table} `, ` ON ${schema}.${table} `));
      if (index.constraint) {
        const kind = index.constraint === 'p' ? 'PRIMARY KEY' : 'UNIQUE';
        await tx.query(`ALTER TABLE ${schema}.${table} ADD CONSTRAINT ${index.name} ${kind} USING INDEX ${index.name}`);
      }
    }
    const keys: { name: string; definition: string }[] = await tx.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = format('public.%I', $1::text)::regclass AND contype = 'f'`,
      [table],
    );
    foreignKeys.push(...keys.map((key) => ({ table, ...key })));
  }
  // Unqualified references now resolve to the scratch copies of the tables they name.
  await tx.query(`SET LOCAL search_path TO ${schema}, public`);
  for (const key of foreignKeys) await tx.query(`ALTER TABLE ${schema}.${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
}
