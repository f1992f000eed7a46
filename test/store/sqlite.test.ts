import { storeSuite } from './suite.js';

storeSuite('SQLite', async () => ':memory:');
