import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationInterface } from 'typeorm';
import { openDatabase } from './data-source.js';

class BrokenMigration1700000000000 implements MigrationInterface {
  async up(): Promise<void> {
    throw new Error('this migration cannot run');
  }

  async down(): Promise<void> {}
}

describe('opening the embedded database', () => {
  test('a start that fails lets go of the data directory: the next start may take it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stor-open-'));
    await expect(openDatabase({ databaseUrl: null, dataDir }, { migrations: [BrokenMigration1700000000000] })).rejects.toThrow(/cannot run/);
    expect(existsSync(join(dataDir, 'stor.pid'))).toBe(false);
    const db = await openDatabase({ databaseUrl: null, dataDir }, { migrations: [] });
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await db.destroy();
  }, 60_000);
});
