import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

/** The request a piece of work is for: every log line written meanwhile carries its id. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

const REDACTED = '[redacted]';

/**
 * Fields that hold personal data wherever they appear in a logged object (any depth, any case):
 * names, dates of birth, PNC IDs and CRO numbers, addresses. Scrubbed before a line is written.
 */
const PERSONAL_FIELDS = new Set(
  ['name', 'names', 'forenames', 'surname', 'fullname', 'aliases', 'alias', 'dateofbirth', 'dob', 'pncid', 'pnc', 'cronumber', 'address', 'addresses', 'postcode', 'actorname', 'searched', 'query', 'body', 'subject']
    .map((field) => field.toLowerCase()),
);

/** Paths pino itself censors (fast path, and what the scrub could not name by field: headers that identify). */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.query',
  'req.body',
  'req.url',
  'request.query',
  'request.body',
  'request.url',
  'headers.authorization',
  'headers.cookie',
  '*.dateOfBirth',
  '*.pncId',
  '*.address',
];

/** Deeper than this a logged object is cut (a log line describes, it does not carry data). */
const DEEPEST = 6;

/** A copy of a logged object with every personal field's value replaced. */
export function scrubPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= DEEPEST) return '[cut]';
  if (value instanceof Error) return { type: value.name, message: scrubText(value.message), stack: value.stack?.split('\n').slice(1, 6).join('\n') };
  if (Array.isArray(value)) return value.slice(0, 50).map((inner) => scrubPersonalData(inner, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, PERSONAL_FIELDS.has(key.toLowerCase()) ? REDACTED : scrubPersonalData(inner, depth + 1)]),
  );
}

/**
 * Free text can quote what a request asked: a URL's query string (a check's URL names a person),
 * a PNC ID or an ISO date of birth. These are cut from every message.
 */
export function scrubText(text: string): string {
  return text
    .replace(/(\/[\w\-./:%]*)\?\S*/g, `$1?${REDACTED}`)
    .replace(/\b\d{2}(\d{2})?\/\d{1,7}[A-Za-z]\b/g, REDACTED)
    .replace(/\b(19|20)\d{2}-\d{2}-\d{2}\b/g, REDACTED);
}

export interface StorLoggerOptions {
  level?: LevelWithSilent;
  /** Where lines go: standard output unless given (tests pass a stream of their own). */
  destination?: DestinationStream;
}

/** STOR's application log: JSON lines (pino), each with the request id when there is one, personal data redacted. */
export function createStorLogger(options: StorLoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'stor' },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: 'msg',
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubPersonalData(object) as Record<string, unknown>,
      },
      hooks: {
        // The message is free text: scrub it as a field would be.
        logMethod(args, method) {
          method.apply(this, args.map((argument) => (typeof argument === 'string' ? scrubText(argument) : argument)) as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}

/** Nest's Logger (new Logger('context').warn(…) across the code) written through STOR's pino logger. */
export class StorNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes (message, [stack,] context): the last string is the context, a middle one an error's stack. */
  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]): void {
    const strings = rest.filter((part): part is string => typeof part === 'string');
    const context = strings.length > 0 ? strings.at(-1) : undefined;
    const stack = level === 'error' && strings.length > 1 ? strings[0] : undefined;
    const fields: Record<string, unknown> = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...fields, ...(message as Record<string, unknown>) });
    else this.logger[level](fields, String(message));
  }
}
