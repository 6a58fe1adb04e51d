import { DataSource } from 'typeorm';
import { ProjectionRunner } from '#event-store';
import { StorTestApp } from '../../../../test/support/stor-app.js';
import { anOrder, expectStatus, readOrder, recordOrder } from '../../../../test/support/stor-steps.js';

/** Each posting of the subject's tokens and pairs, with the date and year it carries. */
async function postings(db: DataSource, subjectId: string): Promise<{ tokens: string[]; pairYears: number[] }> {
  const tokens: { token: string; birth_year: number; date_of_birth: string }[] = await db.query(
    `SELECT token, birth_year, date_of_birth::text AS date_of_birth FROM register_subject_tokens WHERE subject_id = $1 ORDER BY token`,
    [subjectId],
  );
  const pairs: { birth_year: number }[] = await db.query(`SELECT DISTINCT birth_year FROM register_subject_pairs WHERE subject_id = $1`, [subjectId]);
  return { tokens: tokens.map((t) => `${t.token} ${t.birth_year} ${t.date_of_birth}`), pairYears: pairs.map((p) => p.birth_year) };
}

describe('the name index follows a subject’s date of birth, against the real database', () => {
  let stor: StorTestApp;
  let db: DataSource;
  let kent: string;
  let subjectId: string;

  beforeAll(async () => {
    stor = await StorTestApp.start();
    db = stor.get(DataSource);
    kent = await stor.token({ role: 'order-manager', force: 'kent' });
    const made = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Halina', surname: 'Grzybowska', dateOfBirth: '1975-03-09', aliases: [] } }));
    subjectId = (await readOrder(stor, kent, made.orderId, made.position)).subject.subjectId;
  });
  afterAll(async () => stor.stop());

  async function correctDateOfBirth(dateOfBirth: string): Promise<void> {
    const corrected = await stor.request('POST', `/api/subjects/${subjectId}/corrections`, {
      token: kent,
      body: { changes: { dateOfBirth }, reason: 'Entered wrongly' },
    });
    expectStatus(corrected, 200);
    await stor.get(ProjectionRunner).catchUp();
  }

  test('each token is posted with the date of birth and its year', async () => {
    expect(await postings(db, subjectId)).toEqual({ tokens: ['grzybowska 1975 1975-03-09', 'halina 1975 1975-03-09', 'halinagrzybowska 1975 1975-03-09'], pairYears: [1975] });
  });

  test('a correction within the year moves the date the postings carry', async () => {
    await correctDateOfBirth('1975-09-03');
    expect(await postings(db, subjectId)).toEqual({ tokens: ['grzybowska 1975 1975-09-03', 'halina 1975 1975-09-03', 'halinagrzybowska 1975 1975-09-03'], pairYears: [1975] });
  });

  test('a correction to another year moves the year of the tokens and of the pairs', async () => {
    await correctDateOfBirth('1976-01-01');
    expect(await postings(db, subjectId)).toEqual({ tokens: ['grzybowska 1976 1976-01-01', 'halina 1976 1976-01-01', 'halinagrzybowska 1976 1976-01-01'], pairYears: [1976] });
  });
});
