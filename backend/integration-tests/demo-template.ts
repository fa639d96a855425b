/**
 * The demo marketplace, seeded once per test run into a template database that
 * every HTTP test file copies (`CREATE DATABASE … TEMPLATE …`, a file copy)
 * instead of seeding 1,727 suppliers and 126 products again.
 *
 * Seeded by the same commands as `npm start` (`medusa db:migrate`, then
 * `medusa exec ./src/scripts/seed-demo.ts`), so the tests start from exactly
 * the data a newcomer sees.
 */
import { spawn } from "node:child_process"
import { join } from "node:path"
import { Client } from "@medusajs/framework/pg"

export const DEMO_TEMPLATE_DB = process.env.FUPIN_DEMO_TEMPLATE_DB ?? "fupin_demo_template"
const BACKEND = join(__dirname, "..")

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

export function databaseUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}/${database}`
}

/** Runs a statement against the maintenance database (CREATE/DROP DATABASE cannot run inside the target). */
export async function maintenance(sql: string) {
  const client = new Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function medusa(args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(join(BACKEND, "node_modules", ".bin", "medusa"), args, {
      cwd: BACKEND,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} failed (exit ${code}):\n${output.slice(-4000)}`))
    )
  })
}

const SEEDED_MARK = "fupin demo template, seeded"

/** True when the template exists and its seed finished (marked by a comment on the database). */
export async function demoTemplateSeeded() {
  const client = new Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select shobj_description(oid, 'pg_database') as mark from pg_database where datname = $1",
      [DEMO_TEMPLATE_DB]
    )
    return rows[0]?.mark === SEEDED_MARK
  } finally {
    await client.end()
  }
}

/** Drops and re-creates the template: migrated, then the demo data. */
export async function buildDemoTemplate() {
  await maintenance(`DROP DATABASE IF EXISTS ${quote(DEMO_TEMPLATE_DB)} WITH (FORCE)`)
  await maintenance(`CREATE DATABASE ${quote(DEMO_TEMPLATE_DB)}`)
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl(DEMO_TEMPLATE_DB),
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "error",
  }
  // the storefront journeys (`npm test`) read the demo's publishable key from here
  if (process.env.FUPIN_DEMO_TEMPLATE_KEY_FILE) env.FUPIN_PUBLISHABLE_KEY_FILE = process.env.FUPIN_DEMO_TEMPLATE_KEY_FILE
  await medusa(["db:migrate"], env)
  await medusa(["exec", "./src/scripts/seed-demo.ts"], env)
  await maintenance(`COMMENT ON DATABASE ${quote(DEMO_TEMPLATE_DB)} IS '${SEEDED_MARK}'`)
}

/** A test file's own database, a copy of the seeded template. */
export async function copyDemoTemplate(database: string) {
  await maintenance(`DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`)
  await maintenance(`CREATE DATABASE ${quote(database)} TEMPLATE ${quote(DEMO_TEMPLATE_DB)}`)
}
