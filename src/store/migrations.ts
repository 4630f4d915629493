/**
 * Versioned migrations, applied in order at start (kysely's Migrator records them in
 * kysely_migration). Never edit a released migration: add the next one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const m001: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('scenario_name', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('scenario_text', 'text', (c) => c.notNull())
      .addColumn('scenario_json', 'text', (c) => c.notNull())
      .addColumn('runs', 'integer', (c) => c.notNull())
      .addColumn('seed', 'bigint', (c) => c.notNull())
      .addColumn('data_version', 'text', (c) => c.notNull())
      .addColumn('model_version', 'text', (c) => c.notNull())
      .addColumn('progress_done', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('progress_total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('cached', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema.createIndex('runs_hash').on('runs').column('hash').execute();
    await db.schema.createIndex('runs_created').on('runs').column('created_at').execute();
    await db.schema.createTable('results')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('run_id', 'text', (c) => c.notNull())
      .addColumn('result_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('scenarios')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('shipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('compares')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('result_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['compares', 'scenarios', 'results', 'runs']) await db.schema.dropTable(t).execute();
  },
};

/**
 * The size of each stored result and comparison, written with it, so that retention can sum sizes
 * without reading every stored JSON (length() reads the whole value).
 */
const m002: Migration = {
  async up(db: Kysely<unknown>) {
    for (const t of ['results', 'compares']) {
      await db.schema.alterTable(t).addColumn('bytes', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
      await sql`UPDATE ${sql.table(t)} SET bytes = length(result_json)`.execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['results', 'compares']) await db.schema.alterTable(t).dropColumn('bytes').execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = { '001_initial': m001, '002_result_bytes': m002 };

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
