// An in-memory IndexedDB for Node (fake-indexeddb), installed as the globals the browser would have.
import 'fake-indexeddb/auto';
import { describeLocalStore } from './local-store.contract.js';
import { openIdbStore } from './idb-store.js';

let opened = 0;
// A database of its own per test, so no test sees another's entries.
describeLocalStore('IndexedDB store', () => openIdbStore(`taper-test-${++opened}`));
