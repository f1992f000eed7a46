// The initial schema, the same tables on SQLite and PostgreSQL. Only the id columns, the byte
// column and the full-text index differ by dialect (see docs/store.md for the search choice).
import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../store.js';

type Db = Kysely<unknown>;
type Builder = ReturnType<Db['schema']['createTable']>;

export function initialMigration(dialect: StoreDialect): Migration {
  const pg = dialect === 'postgres';
  const id = (t: Builder): Builder =>
    pg
      ? t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const ref = (table: string) => (c: ColumnDefinitionBuilder) =>
    c.notNull().references(`${table}.id`).onDelete('cascade');

  return {
    async up(db: Db) {
      await id(db.schema.createTable('departments'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('region', 'text')
        .addColumn('locality', 'text')
        .addColumn('level', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await id(db.schema.createTable('users'))
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', ref('users'))
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      let disclosures = id(db.schema.createTable('disclosures'))
        .addColumn('department_id', 'integer', ref('departments'))
        .addColumn('series_key', 'text', (c) => c.notNull())
        .addColumn('year', 'integer')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('profile', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('is_latest', 'integer', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('override_reason', 'text')
        .addColumn('source_file', 'text', (c) => c.notNull())
        .addColumn('source_format', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('has_source', 'integer', (c) => c.notNull())
        .addColumn('summary_unit', 'text', (c) => c.notNull())
        .addColumn('tp_unit', 'text', (c) => c.notNull())
        .addColumn('function_table', 'text')
        .addColumn('counts', 'text', (c) => c.notNull())
        .addColumn('errors', 'integer', (c) => c.notNull())
        .addColumn('warnings', 'integer', (c) => c.notNull())
        .addColumn('score', 'double precision');
      for (const col of [
        'total_cents',
        'basic_cents',
        'project_cents',
        'personnel_cents',
        'public_use_cents',
        'general_budget_cents',
        'tp_total_cents',
        'tp_outbound_cents',
        'tp_vehicle_purchase_cents',
        'tp_vehicle_operation_cents',
        'tp_reception_cents',
      ])
        disclosures = disclosures.addColumn(col, 'bigint');
      await disclosures
        .addUniqueConstraint('disclosures_series_version', ['series_key', 'version'])
        .execute();
      await db.schema
        .createIndex('disclosures_department')
        .on('disclosures')
        .columns(['department_id', 'is_latest'])
        .execute();
      await db.schema
        .createIndex('disclosures_year')
        .on('disclosures')
        .columns(['year', 'is_latest'])
        .execute();
      // The newest version of a series (DisclosureMeta.latestId) in one index probe.
      await db.schema
        .createIndex('disclosures_series_latest')
        .on('disclosures')
        .columns(['series_key', 'is_latest', 'id'])
        .execute();
      await db.schema
        .createIndex('disclosures_published')
        .on('disclosures')
        .columns(['is_latest', 'published_at'])
        .execute();

      // Large values live in their own tables: on SQLite, reading a column stored after a large
      // value walks its overflow pages, which made every scan of disclosures slow.
      await db.schema
        .createTable('documents')
        .addColumn('disclosure_id', 'integer', (c) =>
          c.primaryKey().references('disclosures.id').onDelete('cascade'),
        )
        .addColumn('document', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sources')
        .addColumn('disclosure_id', 'integer', (c) =>
          c.primaryKey().references('disclosures.id').onDelete('cascade'),
        )
        .addColumn('bytes', pg ? 'bytea' : 'blob', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('table_facts')
        .addColumn('disclosure_id', 'integer', ref('disclosures'))
        .addColumn('table_kind', 'text', (c) => c.notNull())
        .addColumn('table_number', 'text')
        .addColumn('table_index', 'integer', (c) => c.notNull())
        .addColumn('row_index', 'integer', (c) => c.notNull())
        .addColumn('row_kind', 'text', (c) => c.notNull())
        .addColumn('row_code', 'text')
        .addColumn('row_level', 'text')
        .addColumn('row_name', 'text', (c) => c.notNull())
        .addColumn('row_item', 'text')
        .addColumn('budget_unit', 'text')
        .addColumn('project', 'text')
        .addColumn('block', 'text')
        .addColumn('col', 'text', (c) => c.notNull())
        .addColumn('amount_cents', 'bigint', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        // Document order: paging through facts walks this index and stops at the limit.
        .addPrimaryKeyConstraint('table_facts_pk', [
          'disclosure_id',
          'table_index',
          'row_index',
          'col',
        ])
        .execute();
      // Covers compare/aggregate (function lines of one disclosure's table and column).
      await db.schema
        .createIndex('table_facts_lookup')
        .on('table_facts')
        .columns([
          'disclosure_id',
          'table_kind',
          'col',
          'row_level',
          'row_code',
          'amount_cents',
          'unit',
          'row_name',
        ])
        .execute();
      await db.schema
        .createIndex('table_facts_code')
        .on('table_facts')
        // A code's facts by disclosure, in document order (tableFacts by code stops at its limit).
        .columns(['row_code', 'disclosure_id', 'table_index', 'row_index', 'col'])
        .execute();

      await db.schema
        .createTable('narrative_facts')
        .addColumn('disclosure_id', 'integer', ref('disclosures'))
        .addColumn('fact_index', 'integer', (c) => c.notNull())
        .addColumn('section', 'text', (c) => c.notNull())
        .addColumn('parent', 'text')
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('subject_key', 'text')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('amount_cents', 'bigint')
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('share_pct_cents', 'bigint')
        .addColumn('change_direction', 'text')
        .addColumn('change_cents', 'bigint')
        .addColumn('change_pct_cents', 'bigint')
        .addColumn('reason', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('narrative_facts_pk', ['disclosure_id', 'fact_index'])
        .execute();

      await db.schema
        .createTable('projects')
        .addColumn('disclosure_id', 'integer', ref('disclosures'))
        .addColumn('project_index', 'integer', (c) => c.notNull())
        .addColumn('number', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('owner', 'text')
        .addColumn('scale_cents', 'bigint')
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('basis', 'text')
        .addColumn('period', 'text')
        .addPrimaryKeyConstraint('projects_pk', ['disclosure_id', 'project_index'])
        .execute();

      await db.schema
        .createTable('indicators')
        .addColumn('disclosure_id', 'integer', ref('disclosures'))
        .addColumn('target_index', 'integer', (c) => c.notNull())
        .addColumn('indicator_index', 'integer', (c) => c.notNull())
        .addColumn('target_kind', 'text', (c) => c.notNull())
        .addColumn('target_unit', 'text')
        .addColumn('project', 'text')
        .addColumn('level1', 'text', (c) => c.notNull())
        .addColumn('level2', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('value_text', 'text', (c) => c.notNull())
        .addColumn('comparator', 'text')
        .addColumn('value_number', 'double precision')
        .addColumn('value_unit', 'text')
        .addColumn('weight', 'double precision')
        .addPrimaryKeyConstraint('indicators_pk', [
          'disclosure_id',
          'target_index',
          'indicator_index',
        ])
        .execute();

      let findings = id(db.schema.createTable('findings'))
        .addColumn('disclosure_id', 'integer', ref('disclosures'))
        .addColumn('page', 'integer')
        .addColumn('line', 'integer');
      for (const col of ['rule_id', 'outcome', 'severity', 'category'])
        findings = findings.addColumn(col, 'text', (c) => c.notNull());
      for (const col of [
        'table_kind',
        'table_number',
        'row_key',
        'row_name',
        'col',
        'section',
        'subject',
        'unit',
        'expected_text',
        'actual_text',
        'note',
      ])
        findings = findings.addColumn(col, 'text');
      for (const col of ['expected_cents', 'actual_cents', 'difference_cents'])
        findings = findings.addColumn(col, 'bigint');
      await findings.execute();
      await db.schema
        .createIndex('findings_disclosure')
        .on('findings')
        .columns(['disclosure_id', 'rule_id'])
        .execute();
      await db.schema
        .createIndex('findings_rule')
        .on('findings')
        .columns(['rule_id', 'outcome'])
        .execute();

      await id(db.schema.createTable('search_text'))
        .addColumn('department_id', 'integer', ref('departments'))
        .addColumn('disclosure_id', 'integer', (c) =>
          c.references('disclosures.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('norm', 'text', (c) => c.notNull())
        .execute();
      // Search reads one kind at a time, newest first, until its limit is met.
      await db.schema
        .createIndex('search_text_kind')
        .on('search_text')
        .columns(['kind', 'id'])
        .execute();
      await db.schema
        .createIndex('search_text_disclosure')
        .on('search_text')
        // (null, department): a department's own entry, looked up on every save.
        .columns(['disclosure_id', 'department_id'])
        .execute();

      if (pg) {
        // pg_trgm speeds up LIKE for queries of 3+ characters; without it LIKE still answers.
        const available = await sql<{ n: number }>`
          select count(*)::int as n from pg_available_extensions where name = 'pg_trgm'`.execute(
          db,
        );
        if ((available.rows[0]?.n ?? 0) > 0) {
          await sql`create extension if not exists pg_trgm`.execute(db);
          await sql`create index search_text_trgm on search_text using gin (norm gin_trgm_ops)`.execute(
            db,
          );
        }
      } else {
        // Bigram index: every two adjacent characters are one token, so any query of 2+
        // characters is a phrase of bigrams (exact substring semantics, 办公 included).
        await sql`create virtual table search_fts using fts5(grams, content='', contentless_delete=1, tokenize='ascii')`.execute(
          db,
        );
      }
    },
    async down(db: Db) {
      if (!pg) await sql`drop table if exists search_fts`.execute(db);
      for (const t of [
        'search_text',
        'findings',
        'indicators',
        'projects',
        'narrative_facts',
        'table_facts',
        'sources',
        'documents',
        'disclosures',
        'sessions',
        'users',
        'departments',
      ])
        await db.schema.dropTable(t).ifExists().execute();
    },
  };
}
