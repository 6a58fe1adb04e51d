import type { DataSource } from 'typeorm';
import { HeldSubjects } from './held-subjects.js';

interface Register {
  version: string;
  position: number;
  subjects: { subject_id: string; surname: string; indexed_at: number; has_orders: boolean }[];
}

/**
 * A register that answers the changed-subjects statement from memory, each answer held until the
 * test lets it go: what the database would have said at the moment the statement was sent.
 */
function registerAnsweringSlowly(register: Register): { db: DataSource; reads: () => number; answerAll: () => Promise<void> } {
  let reads = 0;
  const waiting: (() => void)[] = [];
  const db = {
    query: async (_statement: unknown, parameters: [string, string]) => {
      reads += 1;
      const [after] = parameters;
      const snapshot = structuredClone(register);
      await new Promise<void>((resolve) => waiting.push(resolve));
      const changed = snapshot.subjects
        .filter((subject) => subject.indexed_at > Number(after))
        .map((subject) => ({
          subject_id: subject.subject_id,
          forenames: 'Ion',
          surname: subject.surname,
          date_of_birth: null,
          pnc_id: null,
          cro_number: null,
          has_orders: subject.has_orders,
          names: JSON.stringify([{ forenames: 'Ion', surname: subject.surname, is_alias: false }]),
          indexed_at: String(subject.indexed_at),
          name_tokens: JSON.stringify([['ion', subject.surname.toLowerCase()]]),
          register_version: null,
        }));
      return [...changed, { subject_id: null, register_version: snapshot.version, position: String(snapshot.position) }];
    },
  } as unknown as DataSource;
  const answerAll = async () => {
    for (let turn = 0; turn < 20; turn++) {
      waiting.splice(0).forEach((resolve) => resolve());
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { db, reads: () => reads, answerAll };
}

const subject = (n: number, surname: string, indexedAt: number, hasOrders = true) => ({
  subject_id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  surname,
  indexed_at: indexedAt,
  has_orders: hasOrders,
});

describe('the held name index following the register', () => {
  test('given checks that ask for the index at once before it was ever read, it is read once and each gets it', async () => {
    const register = registerAnsweringSlowly({ version: '5@1', position: 5, subjects: [subject(1, 'Popa', 5)] });
    const held = new HeldSubjects(register.db);
    const asked = Array.from({ length: 10 }, () => held.current());
    await register.answerAll();
    const answers = await Promise.all(asked);
    expect(register.reads()).toBe(1);
    expect(new Set(answers.map((answer) => answer.version))).toEqual(new Set(['5@1']));
    expect(answers[0]?.index.size).toBe(1);
  });

  test('given a catch-up asked while a read is under way, it waits for a read begun after it was asked: what was written before is seen', async () => {
    const state: Register = { version: '5@1', position: 5, subjects: [subject(1, 'Popa', 5)] };
    const register = registerAnsweringSlowly(state);
    const held = new HeldSubjects(register.db);
    const first = held.current();
    await register.answerAll();
    await first;

    const inFlight = held.catchUp();
    // An order is recorded while that read is under way, and a check asks for the index after it.
    state.subjects.push(subject(2, 'Ionescu', 6));
    Object.assign(state, { version: '6@1', position: 6 });
    const afterTheWrite = held.catchUp();
    const alsoAfter = held.catchUp();
    await register.answerAll();
    await Promise.all([inFlight, afterTheWrite, alsoAfter]);

    const now = await held.current();
    expect(now.version).toBe('6@1');
    expect(now.index.size).toBe(2);
    // The first read, and one more shared by the two that asked during it.
    expect(register.reads()).toBe(3);
  });

  test('given a subject who no longer has orders, a catch-up takes them out', async () => {
    const state: Register = { version: '5@1', position: 5, subjects: [subject(1, 'Popa', 5), subject(2, 'Ionescu', 5)] };
    const register = registerAnsweringSlowly(state);
    const held = new HeldSubjects(register.db);
    const first = held.current();
    await register.answerAll();
    expect((await first).index.size).toBe(2);

    state.subjects[1] = subject(2, 'Ionescu', 7, false);
    Object.assign(state, { version: '7@1', position: 7 });
    const caughtUp = held.catchUp();
    await register.answerAll();
    await caughtUp;
    expect((await held.current()).index.size).toBe(1);
  });
});
