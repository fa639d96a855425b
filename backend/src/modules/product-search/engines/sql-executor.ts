import type { SqlExecutor } from "./postgres"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<unknown> }

const DEADLOCK = "40P01"
const ATTEMPTS = 5

/**
 * The embedded engine's statements through the module's manager. Each runs on its own
 * (no surrounding transaction), so one PostgreSQL picked as a deadlock's victim (40P01:
 * two re-indexes at once, e.g. after a certificate change and the product change it
 * causes, both counting their words in search_term) is run again, up to five times with
 * a short random pause, instead of leaving the product's search entry stale. Errors
 * come out short: the reason, its code and the statement's start.
 */
export function sqlExecutor(manager: Manager, pause = (ms: number) => new Promise((r) => setTimeout(r, ms))): SqlExecutor {
  return async (sql, params) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await manager.execute(sql, params ?? [])) as Array<Record<string, unknown>>
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK || attempt >= ATTEMPTS) throw shortSqlError(error, sql)
        await pause(20 * attempt + Math.floor(Math.random() * 30))
      }
    }
  }
}

/**
 * The driver's error names the whole statement (an upsert of 200 documents is
 * megabytes); the log gets PostgreSQL's message and the statement's start.
 */
export function shortSqlError(error: unknown, sql: string): Error {
  const original = error as Error & { code?: string }
  const message = String(original?.message ?? error)
  const reason = message.includes(" - ") ? message.slice(message.lastIndexOf(" - ") + 3) : message
  const statement = sql.replace(/\s+/g, " ").trim().slice(0, 60)
  return new Error(`search index: ${reason}${original?.code ? ` (${original.code})` : ""} in "${statement}…"`, { cause: error })
}
