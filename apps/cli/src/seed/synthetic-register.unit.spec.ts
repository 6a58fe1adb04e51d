import { evolve, initialState, type OrderEvent, orderStreamId, replayStored, subjectStreamId } from '#domain';
import { InMemoryEventStore } from '#event-store';
import { toNewEvents } from './seed-metadata.js';
import { type SubjectHistory, SyntheticRegister } from './synthetic-register.js';

const TODAY = '2026-12-01';

function generate(seed: number, orders: number): { register: SyntheticRegister; subjects: SubjectHistory[] } {
  const register = new SyntheticRegister({ seed, today: TODAY });
  const subjects: SubjectHistory[] = [];
  for (let made = 0; made < orders; ) {
    const history = register.nextSubject(orders - made);
    made += history.orders.length;
    subjects.push(history);
  }
  return { register, subjects };
}

describe('the synthetic register', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const once = JSON.stringify(generate(7, 150).subjects);
    expect(JSON.stringify(generate(7, 150).subjects)).toBe(once);
    expect(JSON.stringify(generate(8, 150).subjects)).not.toBe(once);
  });

  it('makes only histories the decider accepts, which replay from the log to the same orders', async () => {
    const { register, subjects } = generate(3, 400);
    expect(register.refusals).toEqual([]);
    const store = new InMemoryEventStore();
    for (const subject of subjects) {
      for (const [index, order] of subject.orders.entries()) {
        const before = subject.subjectEventsBefore[index];
        if (before) await store.append(subjectStreamId(subject.subjectId), toNewEvents(before, 'test'), 'any');
        await store.append(orderStreamId(order.orderId), toNewEvents(order.events, 'test'), 0);
        const folded = order.events.reduce((state, decided) => evolve(state, decided.event as OrderEvent), initialState);
        expect(replayStored(await store.readStream(orderStreamId(order.orderId)))).toEqual(folded);
      }
    }
    const types = new Set(subjects.flatMap((s) => s.orders.flatMap((o) => o.events.map((e) => e.event.type))));
    for (const type of ['OrderMade', 'OrderVaried', 'NotificationReceived', 'BreachRecorded', 'BreachOutcomeRecorded', 'ProhibitionExpired', 'OrderExpired', 'OrderSuperseded', 'MainApplicationDetermined']) {
      expect(types).toContain(type);
    }
  });

  it('draws names with skewed frequencies: the most common surname far more often than the median one', () => {
    const { subjects } = generate(11, 3000);
    const surnames = new Map<string, number>();
    for (const subject of subjects) {
      const made = subject.orders[0]?.events[0]?.event.data as { subject: { surname: string } };
      surnames.set(made.subject.surname, (surnames.get(made.subject.surname) ?? 0) + 1);
    }
    const counts = [...surnames.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)] as number;
    expect(counts[0]).toBeGreaterThan(10 * median);
    expect(surnames.size).toBeGreaterThan(300);
  });
});
