import { describeLocalStore } from './local-store.contract.js';
import { createMemoryStore } from './memory-store.js';

describeLocalStore('memory store', () => Promise.resolve(createMemoryStore()));
