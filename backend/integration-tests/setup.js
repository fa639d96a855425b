// Medusa's test runner loads medusa-config.ts and the app's TypeScript through
// ts-node, as the Medusa CLI does.
const { loadEnv } = require("@medusajs/framework/utils")

require("ts-node").register({ transpileOnly: true })
loadEnv("test", process.cwd())
// between tests, only the tables a test wrote to are put back (helpers/table-snapshot.ts)
require("./helpers/table-snapshot").installTableSnapshots()

if (!process.env.DB_HOST) {
  throw new Error(
    "DB_HOST is not set: run the integration tests through `npm test` at the repository root (it starts PostgreSQL), or set DB_HOST=localhost DB_PORT DB_USERNAME DB_PASSWORD for a PostgreSQL you run"
  )
}
if (process.env.DB_HOST !== "localhost" && !process.env.DB_HOST.includes("localhost")) {
  // Medusa's test utilities turn SSL on for hosts without "localhost" and then hang.
  console.warn(`DB_HOST=${process.env.DB_HOST}: Medusa's test runner will try SSL; use DB_HOST=localhost for a local server`)
}
