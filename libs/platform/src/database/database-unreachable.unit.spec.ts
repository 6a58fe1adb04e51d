import { whyDatabaseUnreachable } from './database-unreachable.js';

/** Errors shaped as node-postgres and TypeORM raise them. */
const withCode = (code: string, message = 'refused') => Object.assign(new Error(message), { code });
const typeorm = (driverError: Error) => Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError });

describe('whyDatabaseUnreachable: an unreachable database, told apart from a refused statement', () => {
  test.each([
    ['connection refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), 'ECONNREFUSED'],
    ['connection reset', withCode('ECONNRESET'), 'ECONNRESET'],
    ['host unknown', withCode('ENOTFOUND', 'getaddrinfo ENOTFOUND db'), 'ENOTFOUND'],
    ['server shutting down (57P01), through TypeORM', typeorm(withCode('57P01', 'terminating connection due to administrator command')), '57P01'],
    ['server starting up (57P03)', withCode('57P03', 'the database system is starting up'), '57P03'],
    ['no connection slots (53300)', withCode('53300', 'sorry, too many clients already'), '53300'],
    ['a connection exception (08006)', withCode('08006', 'connection failure'), '08006'],
    ['a connection dropped mid-query', new Error('Connection terminated unexpectedly'), 'connection-lost'],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect'), 'connection-lost'],
  ])('%s → %s', (_, error, why) => {
    expect(whyDatabaseUnreachable(error)).toBe(why);
  });

  test("one refusal per address tried (Node's AggregateError for localhost)", () => {
    const both = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], '');
    expect(whyDatabaseUnreachable(Object.assign(both, { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
    expect(whyDatabaseUnreachable(new AggregateError([new Error('x'), withCode('EHOSTUNREACH')], ''))).toBe('EHOSTUNREACH');
  });

  test.each([
    ['a unique violation', typeorm(withCode('23505', 'duplicate key value violates unique constraint'))],
    ['a syntax error', withCode('42601', 'syntax error at or near "SELEC"')],
    ['a bad value', withCode('22P02', 'invalid input syntax for type uuid: "x"')],
    ['a plain error', new Error('something else')],
    ['not an error at all', 'a string'],
    ['nothing', null],
  ])('%s is not an unreachable database', (_, error) => {
    expect(whyDatabaseUnreachable(error)).toBeNull();
  });

  test('an error that names itself as its own cause does not loop', () => {
    const loop: Error & { driverError?: unknown } = new Error('x');
    loop.driverError = loop;
    expect(whyDatabaseUnreachable(loop)).toBeNull();
  });
});
