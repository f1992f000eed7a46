import { afterAll, describe, it } from 'vitest';
import {
  hasPostgres,
  NEEDS_POSTGRES,
  startPostgres,
  type TestPostgres,
} from '../helpers/postgres.js';
import { apiSuite } from './api-suite.js';

let pg: TestPostgres | undefined;
afterAll(() => pg?.stop());

if (!hasPostgres()) describe('portal API on PostgreSQL', () => it.skip(NEEDS_POSTGRES, () => {}));
else
  apiSuite('PostgreSQL', async () => {
    pg ??= await startPostgres();
    return pg.newDatabase();
  });
