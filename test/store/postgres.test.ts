import { afterAll, describe, it } from 'vitest';
import {
  hasPostgres,
  NEEDS_POSTGRES,
  startPostgres,
  type TestPostgres,
} from '../helpers/postgres.js';
import { storeSuite } from './suite.js';

if (!hasPostgres()) {
  describe('store on PostgreSQL', () => {
    it.skip(NEEDS_POSTGRES, () => {});
  });
} else {
  let cluster: TestPostgres | undefined;
  afterAll(() => cluster?.stop());
  storeSuite('PostgreSQL', async () => {
    cluster ??= await startPostgres();
    return cluster.newDatabase();
  });
}
