import type { OrderEvent, OrderInForceOrEnded, SubjectDetails, SubjectEvent, SubjectParticulars } from '#domain';
import { aliasRows, notifiedNameAsAlias, type SubjectNameRow, subjectNameRows } from './subject-names.js';

export type HeldParticulars = Omit<SubjectParticulars, 'aliases'>;

/** A subject event that only adds to the index; a correction or an erasure rewrites a subject and is a step of its own. */
export type GatheredSubjectEvent = Exclude<SubjectEvent, { type: 'SubjectParticularsCorrected' | 'SubjectErased' }>;

export function isGathered(event: SubjectEvent): event is GatheredSubjectEvent {
  return event.type !== 'SubjectParticularsCorrected' && event.type !== 'SubjectErased';
}

/**
 * What a run of events does to the subject side of the register, gathered so it can be written in
 * a few statements: subjects registered, names they became known by (registration, names added by
 * later orders, names notified under R16-R17), subjects that now have an order, and which subjects'
 * name index must be brought up to date. Pure: the writer turns it into SQL.
 */
export class SubjectChanges {
  readonly registered = new Map<string, HeldParticulars>();
  readonly names: { subjectId: string; name: SubjectNameRow }[] = [];
  /** Subjects an order was made against, with the order's own description of them (for logs written before subjects had streams). */
  readonly withOrders = new Map<string, SubjectDetails>();
  readonly touched = new Set<string>();

  get isEmpty(): boolean {
    return this.registered.size === 0 && this.names.length === 0 && this.withOrders.size === 0 && this.touched.size === 0;
  }

  subjectEvent(event: GatheredSubjectEvent): void {
    const { subjectId } = event.data;
    if (event.type === 'SubjectRegistered') {
      const { aliases, subjectId: _id, ...particulars } = event.data;
      this.registered.set(subjectId, particulars);
      this.addNames(subjectId, subjectNameRows({ ...particulars, aliases }));
    } else {
      this.addNames(subjectId, aliasRows(event.data.aliases));
    }
  }

  orderEvent(event: OrderEvent, state: OrderInForceOrEnded): void {
    const { subject } = state;
    if (event.type === 'OrderMade') this.withOrders.set(subject.subjectId, subject);
    if (event.type === 'NotificationReceived' && event.data.names.length > 0) {
      this.addNames(subject.subjectId, aliasRows(event.data.names.map(notifiedNameAsAlias)));
    }
  }

  addNames(subjectId: string, names: readonly SubjectNameRow[]): void {
    for (const name of names) this.names.push({ subjectId, name });
    this.touched.add(subjectId);
  }
}
