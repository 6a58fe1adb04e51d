import { DataSource } from 'typeorm';
import { ProjectionRunner } from '#event-store';
import { StorTestApp } from '../../../../test/support/stor-app.js';
import { anOrder, expectStatus, readOrder, recordOrder } from '../../../../test/support/stor-steps.js';

/** The subject's token postings, and how many subjects the register counts for each. */
async function postings(db: DataSource, subjectId: string): Promise<string[]> {
  const tokens: { token: string; subjects: number }[] = await db.query(
    `SELECT t.token, n.subjects FROM register_subject_tokens t JOIN register_name_tokens n ON n.token = t.token WHERE t.subject_id = $1 ORDER BY t.token`,
    [subjectId],
  );
  return tokens.map((t) => `${t.token} ${t.subjects}`);
}

describe('the name index follows a subject’s corrections, against the real database', () => {
  let stor: StorTestApp;
  let db: DataSource;
  let kent: string;
  let officer: string;
  let subjectId: string;

  beforeAll(async () => {
    stor = await StorTestApp.start();
    db = stor.get(DataSource);
    kent = await stor.token({ role: 'order-manager', force: 'kent' });
    officer = await stor.token({ role: 'officer', force: 'kent' });
    const made = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Halina', surname: 'Grzybowska', dateOfBirth: '1975-03-09', aliases: [] } }));
    subjectId = (await readOrder(stor, kent, made.orderId, made.position)).subject.subjectId;
  });
  afterAll(async () => stor.stop());

  async function correct(changes: Record<string, string>): Promise<void> {
    const corrected = await stor.request('POST', `/api/subjects/${subjectId}/corrections`, { token: kent, body: { changes, reason: 'Entered wrongly' } });
    expectStatus(corrected, 200);
    await stor.get(ProjectionRunner).catchUp();
  }

  async function check(query: string): Promise<{ subjectId: string; dateOfBirth: string; surname: string; matchedOn: string[] }[]> {
    const checked = await stor.request('GET', `/api/subjects/check?${query}`, { token: officer });
    expectStatus(checked, 200);
    return checked.body.matches;
  }

  test('each token of the subject is posted once and counted', async () => {
    expect(await postings(db, subjectId)).toEqual(['grzybowska 1', 'halina 1', 'halinagrzybowska 1']);
  });

  test('a correction to another year: a check with the new year finds them on it', async () => {
    await correct({ dateOfBirth: '1976-01-01' });
    const [found] = await check('name=Halina%20Grzybowska&dateOfBirth=1976-01-01');
    expect(found).toMatchObject({ subjectId, dateOfBirth: '1976-01-01' });
    expect(found?.matchedOn).toContain('dateOfBirth');
  });

  test('a corrected surname: the postings and the check follow it, and the old surname is no longer counted', async () => {
    await correct({ surname: 'Grzybowski' });
    expect(await postings(db, subjectId)).toEqual(['grzybowski 1', 'halina 1', 'halinagrzybowski 1']);
    const [{ subjects }] = await db.query(`SELECT subjects FROM register_name_tokens WHERE token = 'grzybowska'`);
    expect(subjects).toBe(0);
    expect((await check('name=Halina%20Grzybowski&dateOfBirth=1976')).map((m) => m.surname)).toEqual(['Grzybowski']);
  });
});
