import { eventStoreContract } from '../contract/event-store.contract.js';
import { InMemoryEventStore } from './in-memory-event-store.js';

describe('in-memory event store', () => {
  eventStoreContract(async () => ({ store: new InMemoryEventStore(), close: async () => undefined }));
});
