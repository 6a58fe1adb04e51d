import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SIGNING_KEY } from '#identity';
import { HandleOrderCommandHandler } from './command-handling/handle-order-command.js';
import { OrderCommandHandling } from './command-handling/order-command-handling.js';
import { SubjectCommandHandling } from './command-handling/subject-command-handling.js';
import { CorrectSubjectHandler } from './correct-subject/correct-subject.handler.js';
import { MakeOrderHandler } from './make-order/make-order.handler.js';
import { EraseSubjectHandler } from './erase-subject/erase-subject.handler.js';
import { SubjectKeys } from './personal-data/subject-keys.js';

/**
 * The write side of orders, all through one handling shell: one handler for every order command
 * (`HandleOrderCommand`), one each for the use cases that write a subject's stream, and the
 * erasure of a subject's personal data (which destroys their key in `subject_keys`).
 */
@Module({
  providers: [
    OrderCommandHandling,
    HandleOrderCommandHandler,
    SubjectCommandHandling,
    CorrectSubjectHandler,
    MakeOrderHandler,
    EraseSubjectHandler,
    { provide: SubjectKeys, inject: [DataSource, SIGNING_KEY], useFactory: (db: DataSource, signingKey: Uint8Array) => new SubjectKeys(db, signingKey) },
  ],
})
export class OrdersModule {}
