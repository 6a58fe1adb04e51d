import { canonicalEntry, type ChainedFields, chainHash, ChainWalker, GENESIS_HASH, type StoredLink } from './audit-chain.js';

const fields = (seq: number, overrides: Partial<ChainedFields> = {}): ChainedFields => ({
  seq,
  at: '2026-12-06T10:00:00.000Z',
  actorId: 'test:officer',
  actorName: 'PC Test',
  actorRole: 'officer',
  actorForce: 'kent',
  action: 'GET /api/subjects/check',
  method: 'GET',
  path: '/api/subjects/check',
  query: { name: 'Jan Kowalski', dateOfBirth: '1980' },
  status: 200,
  orderId: null,
  subjectIds: ['s-1'],
  purpose: 'roadside stop',
  requestId: 'r-1',
  clientAddress: '192.0.2.7',
  userAgent: 'curl/8.5',
  ...overrides,
});

function chain(count: number): StoredLink[] {
  const links: StoredLink[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const entry = fields(seq, { query: { name: `Person ${seq}` } });
    const hash = chainHash(previous, entry);
    links.push({ ...entry, auditId: String(100 + seq), prevHash: previous, hash });
    previous = hash;
  }
  return links;
}

describe('the canonical form of an audit entry', () => {
  test('given the same query with its keys in another order (as jsonb returns them), then the same form', () => {
    expect(canonicalEntry(fields(1, { query: { b: '2', a: { d: '4', c: '3' } } }))).toBe(canonicalEntry(fields(1, { query: { a: { c: '3', d: '4' }, b: '2' } })));
  });

  test('given the time written another way, then the same form (to the millisecond, in UTC)', () => {
    expect(canonicalEntry(fields(1, { at: '2026-12-06T11:00:00+01:00' }))).toBe(canonicalEntry(fields(1)));
  });

  test('given any one field changed, then another hash', () => {
    const original = chainHash(GENESIS_HASH, fields(1));
    const changes: Partial<ChainedFields>[] = [
      { seq: 2 }, { actorId: 'test:other' }, { actorName: 'PC Other' }, { status: 403 }, { subjectIds: ['s-2'] }, { purpose: null },
      { requestId: 'r-2' }, { clientAddress: '192.0.2.8' }, { userAgent: 'other' }, { query: { name: 'Jan Kowalsky' } }, { orderId: 'o-1' },
    ];
    for (const change of changes) expect(chainHash(GENESIS_HASH, fields(1, change))).not.toBe(original);
    expect(chainHash('f'.repeat(64), fields(1))).not.toBe(original);
  });

  test('given a text that would run into the next field, then not the same form as the fields split another way', () => {
    expect(canonicalEntry(fields(1, { actorId: 'a","b', actorName: 'c' }))).not.toBe(canonicalEntry(fields(1, { actorId: 'a', actorName: 'b","c' })));
  });
});

describe('walking the chain', () => {
  test('given a whole chain and its head, then no break', () => {
    const links = chain(5);
    const walker = new ChainWalker();
    expect(walker.take(links.slice(0, 2))).toBeNull();
    expect(walker.take(links.slice(2))).toBeNull();
    expect(walker.finish({ seq: 5, hash: links[4]!.hash })).toBeNull();
    expect(walker.entries).toBe(5);
  });

  test('given an entry edited, then the break is that entry', () => {
    const links = chain(5);
    links[2] = { ...links[2]!, status: 500 };
    expect(new ChainWalker().take(links)).toMatchObject({ seq: 3, auditId: '103', reason: expect.stringContaining('edited') });
  });

  test('given an entry removed, then the break is the one after it', () => {
    const links = chain(5);
    links.splice(1, 1);
    expect(new ChainWalker().take(links)).toMatchObject({ seq: 3, reason: expect.stringContaining('missing') });
  });

  test('given an entry removed and the later ones renumbered, then the break is the one after it (its previous hash)', () => {
    const links = chain(5);
    links.splice(1, 1);
    const renumbered = links.map((link, i) => ({ ...link, seq: i + 1 }));
    expect(new ChainWalker().take(renumbered)).toMatchObject({ seq: 2, reason: expect.stringContaining('previous hash') });
  });

  test('given two entries swapped, then the break is the first of them', () => {
    const links = chain(5);
    const swapped = [links[0]!, { ...links[3]!, seq: 2 }, links[2]!, { ...links[1]!, seq: 4 }, links[4]!];
    expect(new ChainWalker().take(swapped)).toMatchObject({ seq: 2 });
  });

  test('given the last entries cut off, then the head names what is missing', () => {
    const links = chain(5);
    const walker = new ChainWalker();
    expect(walker.take(links.slice(0, 3))).toBeNull();
    expect(walker.finish({ seq: 5, hash: links[4]!.hash })).toMatchObject({ seq: 4, reason: expect.stringContaining('head is entry 5') });
  });
});
