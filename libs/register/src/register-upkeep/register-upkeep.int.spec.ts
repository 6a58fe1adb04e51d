import { DataSource } from 'typeorm';
import { ProjectionRunner } from '#event-store';
import { StorTestApp } from '../../../../test/support/stor-app.js';
import { anOrder, recordOrder } from '../../../../test/support/stor-steps.js';
import { RegisterUpkeep } from './register-upkeep.js';

/** Pages of a table the visibility map marks all-visible (after a VACUUM, every page of a table no one is changing). */
async function visibility(db: DataSource, table: string): Promise<{ pages: number; allVisible: number }> {
  const [row]: { relpages: number; relallvisible: number }[] = await db.query(`SELECT relpages, relallvisible FROM pg_class WHERE relname = $1`, [table]);
  return { pages: Number(row?.relpages), allVisible: Number(row?.relallvisible) };
}

describe('the register’s upkeep against the real database', () => {
  let stor: StorTestApp;
  let db: DataSource;

  beforeAll(async () => {
    stor = await StorTestApp.start();
    db = stor.get(DataSource);
    const kent = await stor.token({ role: 'order-manager', force: 'kent' });
    for (const surname of ['Kowalski', 'Nowak', 'Wójcik']) await recordOrder(stor, kent, anOrder({ owningForce: 'kent', subject: { surname } }));
    // Nothing writes the tables while they are vacuumed and looked at.
    await stor.get(ProjectionRunner).catchUp();
  });
  afterAll(async () => stor.stop());

  test('vacuum leaves every page of the tables a check reads all-visible, with statistics the planner can use', async () => {
    const tables = ['register_subjects', 'register_subject_names', 'register_orders'];
    const notAllVisible = async () => (await Promise.all(tables.map((table) => visibility(db, table)))).filter(({ pages, allVisible }) => allVisible < pages);
    // A statement of the app's own loops may hold a snapshot back while a vacuum runs (under a busy
    // CI, once): then a page keeps a row version it could not yet clear. A table the upkeep never
    // vacuums stays not all-visible however often it is asked.
    for (let tries = 0; tries < 3; tries++) {
      await new RegisterUpkeep(db).vacuum();
      if ((await notAllVisible()).length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (const table of tables) expect((await visibility(db, table)).pages).toBeGreaterThan(0);
    expect(await notAllVisible()).toEqual([]);
  });

  test('the first look in a process takes its bearings: no vacuum for what came before it', async () => {
    expect(await new RegisterUpkeep(db).keepUp()).not.toBe('vacuumed');
  });
});
