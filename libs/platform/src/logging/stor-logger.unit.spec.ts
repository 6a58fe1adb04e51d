import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { createStorLogger, requestContext, StorNestLogger } from './stor-logger.js';

/** The lines a logger wrote, parsed. */
function capture(): { lines: Record<string, unknown>[]; text: () => string; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    stream,
    text: () => chunks.join(''),
    get lines() {
      return chunks.join('').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}

const PERSONAL = ['Jan', 'Kowalski', 'Doru Vlad', '1980-05-02', '2001/0012345H', '12 Acacia Avenue', 'ME14 1XX', 'Bogdan'];

const aRequest = {
  req: {
    method: 'GET',
    url: '/api/subjects/check?name=Jan%20Kowalski&dateOfBirth=1980-05-02',
    headers: { authorization: 'Bearer eyJhbGciOi.secret.token', 'user-agent': 'curl/8.5', cookie: 'stor_session=abc' },
    query: { name: 'Jan Kowalski', dateOfBirth: '1980-05-02', pncId: '2001/0012345H' },
    body: { subject: { forenames: 'Doru', surname: 'Vlad', dateOfBirth: '1980-05-02', address: '12 Acacia Avenue', postcode: 'ME14 1XX' } },
  },
  order: { orderId: 'o-1', subject: { names: ['Doru Vlad'], aliases: [{ forenames: 'Bogdan' }] }, nested: { deeper: { pncId: '2001/0012345H', name: 'Jan Kowalski' } } },
};

describe('the application log', () => {
  test('given a request carrying names, dates of birth, PNC IDs and addresses, then none appears in the line', () => {
    const out = capture();
    const logger = createStorLogger({ destination: out.stream });
    logger.warn(aRequest, 'check refused for GET /api/subjects/check?name=Jan%20Kowalski (PNC 2001/0012345H, born 1980-05-02)');
    logger.flush();
    for (const value of PERSONAL) expect(out.text()).not.toContain(value);
    expect(out.text()).not.toContain('secret.token');
    expect(out.lines[0]).toMatchObject({ level: 'warn', service: 'stor', req: { method: 'GET', headers: { 'user-agent': 'curl/8.5' } }, order: { orderId: 'o-1' } });
    expect(out.lines[0]!.msg).toContain('/api/subjects/check?[redacted]');
  });

  test('given work done for a request, then every line carries its request id; outside one, none', () => {
    const out = capture();
    const logger = createStorLogger({ destination: out.stream });
    requestContext.run({ requestId: '5f0a7c3e-request' }, () => logger.info('inside'));
    logger.info('outside');
    expect(out.lines.map((line) => [line.msg, line.requestId])).toEqual([
      ['inside', '5f0a7c3e-request'],
      ['outside', undefined],
    ]);
  });

  test("given Nest's Logger, then its calls are JSON lines of the same logger, with context, request id and redaction", () => {
    const out = capture();
    Logger.overrideLogger(new StorNestLogger(createStorLogger({ destination: out.stream })));
    try {
      requestContext.run({ requestId: 'req-12345678' }, () => {
        new Logger('check').warn('no match for GET /api/subjects/check?name=Doru%20Vlad');
        new Logger('errors').error('unexpected TypeError', 'at somewhere (file.ts:1)');
      });
    } finally {
      Logger.overrideLogger(['error', 'warn']);
    }
    expect(out.lines).toEqual([
      expect.objectContaining({ level: 'warn', context: 'check', requestId: 'req-12345678', msg: 'no match for GET /api/subjects/check?[redacted]' }),
      expect.objectContaining({ level: 'error', context: 'errors', requestId: 'req-12345678', msg: 'unexpected TypeError' }),
    ]);
    expect(out.text()).not.toContain('Doru');
  });
});
