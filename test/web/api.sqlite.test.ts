import { apiSuite } from './api-suite.js';

apiSuite('SQLite', async () => ':memory:');
