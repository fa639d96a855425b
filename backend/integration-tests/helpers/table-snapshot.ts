/**
 * Between two tests, put back only the tables the test wrote to.
 *
 * Medusa's test runner (2.21) snapshots a file's database after its `beforeAll` and restores it before
 * every test by dropping the database and creating it again from a template. With Medusa's ~1,500
 * relations that costs about a second per test on an idle 2-core machine, and several under load: most
 * of the HTTP suite's time. Here the snapshot is kept inside the database instead (a copy of every
 * table in the schema `fupin_snapshot`, and every sequence's value), a statement trigger on each table
 * notes which tables a test touched, and a restore copies back just those, with foreign keys and
 * triggers off for the copy, then resets every sequence. The database is never dropped, so the app
 * under test keeps its connections.
 *
 * The two functions replace Medusa's `createPostgresDatabaseTemplate` / `restorePostgresDatabaseFromTemplate`
 * (same arguments), installed by `installTableSnapshots()` from setup.js. `FUPIN_TEST_RESTORE=medusa`
 * keeps Medusa's own, whole-database restore (for comparison, and as a way out).
 * `integration-tests/http/test-isolation.spec.ts` checks that a restore leaves nothing of the test before.
 */
import { Client } from "@medusajs/framework/pg"

const SNAPSHOT = "fupin_snapshot"

function client(database: string) {
  return new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database,
  })
}

async function withClient<T>(database: string, fn: (c: Client) => Promise<T>) {
  const c = client(database)
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

// One round trip: copy every ordinary table of `public` and every sequence's position, then put a
// statement trigger on each table that records its name the first time a test writes to it
// (a write in a transaction that rolls back leaves no mark, and no data either).
const SNAPSHOT_SQL = `
DROP SCHEMA IF EXISTS ${SNAPSHOT} CASCADE;
CREATE SCHEMA ${SNAPSHOT};
CREATE UNLOGGED TABLE ${SNAPSHOT}.written (name text PRIMARY KEY);
CREATE TABLE ${SNAPSHOT}.sequences (name text PRIMARY KEY, last_value bigint NOT NULL, is_called boolean NOT NULL);

CREATE FUNCTION ${SNAPSHOT}.note_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ${SNAPSHOT}.written VALUES (TG_TABLE_NAME) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

DO $$
DECLARE t record; s record; v bigint; c boolean;
BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relispartition LOOP
    EXECUTE format('CREATE TABLE ${SNAPSHOT}.%I AS TABLE public.%I', t.relname, t.relname);
    EXECUTE format('DROP TRIGGER IF EXISTS fupin_note_write ON public.%I', t.relname);
    EXECUTE format('CREATE TRIGGER fupin_note_write AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.%I
                    FOR EACH STATEMENT EXECUTE FUNCTION ${SNAPSHOT}.note_write()', t.relname);
  END LOOP;
  FOR s IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'S' LOOP
    EXECUTE format('SELECT last_value, is_called FROM public.%I', s.relname) INTO v, c;
    INSERT INTO ${SNAPSHOT}.sequences VALUES (s.relname, v, c);
  END LOOP;
END $$;

-- Copies back what was written since the snapshot; returns how many tables that was.
CREATE FUNCTION ${SNAPSHOT}.restore() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE w record; s record; cols text; n integer := 0;
BEGIN
  SET LOCAL session_replication_role = replica; -- no foreign-key checks, no triggers, while copying
  FOR w IN DELETE FROM ${SNAPSHOT}.written RETURNING name LOOP
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
      FROM pg_attribute a
     WHERE a.attrelid = format('public.%I', w.name)::regclass AND a.attnum > 0
       AND NOT a.attisdropped AND a.attgenerated NOT IN ('s', 'v');
    EXECUTE format('DELETE FROM public.%I', w.name);
    EXECUTE format('INSERT INTO public.%I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM ${SNAPSHOT}.%I', w.name, cols, cols, w.name);
    n := n + 1;
  END LOOP;
  FOR s IN SELECT * FROM ${SNAPSHOT}.sequences LOOP
    PERFORM setval(format('public.%I', s.name)::regclass, s.last_value, s.is_called);
  END LOOP;
  RETURN n;
END $$;
`

type TemplateArgs = { databaseName: string; templateName: string }

/** Takes the snapshot (Medusa calls this once per file, after its beforeAll). */
export async function snapshotTables({ databaseName }: TemplateArgs) {
  await withClient(databaseName, (c) => c.query(SNAPSHOT_SQL))
}

/**
 * Puts back the tables written since the snapshot (Medusa calls this before every test but the first).
 * The app under test may still be finishing the last test's background work (a subscriber re-indexing
 * a product) and PostgreSQL can pick the restore as a deadlock's victim (40P01): the restore is one
 * statement, so it rolled back whole, and it is tried again.
 */
export async function restoreTables({ databaseName }: TemplateArgs) {
  for (let attempt = 1; ; attempt++) {
    try {
      const { rows } = await withClient(databaseName, (c) => c.query<{ restored: number }>(`SELECT ${SNAPSHOT}.restore() AS restored`))
      return rows[0]?.restored ?? 0
    } catch (e) {
      if ((e as { code?: string }).code !== "40P01" || attempt >= 5) throw e
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}

/** Tables the current test has written to so far (for the isolation test); null under Medusa's own restore. */
export async function writtenTables(databaseName: string) {
  if (process.env.FUPIN_TEST_RESTORE === "medusa") return null
  const { rows } = await withClient(databaseName, (c) => c.query<{ name: string }>(`SELECT name FROM ${SNAPSHOT}.written ORDER BY name`))
  return rows.map((r) => r.name)
}

/**
 * Replaces Medusa's whole-database snapshot and restore with the two above, unless
 * FUPIN_TEST_RESTORE=medusa. Medusa's runner reaches them through this module's exports at call time.
 */
export function installTableSnapshots() {
  if (process.env.FUPIN_TEST_RESTORE === "medusa") return
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const templates = require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
  for (const name of ["createPostgresDatabaseTemplate", "restorePostgresDatabaseFromTemplate"]) {
    if (typeof templates[name] !== "function") {
      throw new Error(`@medusajs/test-utils no longer exports ${name}: update integration-tests/helpers/table-snapshot.ts, or run with FUPIN_TEST_RESTORE=medusa`)
    }
  }
  templates.createPostgresDatabaseTemplate = snapshotTables
  templates.restorePostgresDatabaseFromTemplate = restoreTables
}
