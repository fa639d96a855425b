// Collects what each stage of `npm test` ran into one closing line.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs"
import { join } from "node:path"

export class Results {
  stages = []
  started = Date.now()
  last = this.started

  /** Records a stage; its time is the wall time since the previous stage ended (its set-up included). */
  add(name, { passed = 0, failed = 0, skipped = 0, note = "" }) {
    const now = Date.now()
    this.stages.push({ name, passed, failed, skipped, note, seconds: Math.round((now - this.last) / 1000) })
    this.last = now
  }

  /** A stage that could not run at all counts as one failure, never as silence. */
  crashed(name, error) {
    this.add(name, { failed: 1, note: error.message.split("\n")[0] })
  }

  get failed() {
    return this.stages.reduce((n, s) => n + s.failed, 0)
  }

  print() {
    const total = { passed: 0, failed: 0, skipped: 0 }
    process.stdout.write("\n──────── summary ────────\n")
    for (const s of this.stages) {
      total.passed += s.passed
      total.failed += s.failed
      total.skipped += s.skipped
      const mark = s.failed ? "\x1b[31m✗\x1b[0m" : "\x1b[32m✓\x1b[0m"
      const skipped = s.skipped ? `, ${s.skipped} skipped` : ""
      const time = `${s.seconds} s`.padStart(6)
      process.stdout.write(`${mark} ${s.name.padEnd(36)} ${time}  ${s.passed} passed, ${s.failed} failed${skipped}${s.note ? `  (${s.note})` : ""}\n`)
    }
    process.stdout.write(`  ${"all stages".padEnd(36)} ${`${Math.round((Date.now() - this.started) / 1000)} s`.padStart(6)}\n`)
    const skipped = total.skipped ? `, ${total.skipped} skipped` : ""
    process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${skipped}\n`)
  }
}

/** Reads a vitest JSON report. */
export function vitestCounts(file) {
  if (!existsSync(file)) return null
  const r = JSON.parse(readFileSync(file, "utf8"))
  // Files that failed to load have no tests but count as failures.
  const brokenFiles = (r.testResults ?? []).filter((t) => t.status === "failed" && !(t.assertionResults ?? []).length).length
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + brokenFiles,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  }
}

/** Reads a Playwright JSON report. */
export function playwrightCounts(file) {
  if (!existsSync(file)) return null
  const { stats, errors = [] } = JSON.parse(readFileSync(file, "utf8"))
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + errors.length,
    skipped: stats.skipped ?? 0,
  }
}

/** Reads the newest turbo run summary: each task is one check. */
export function turboCounts(root) {
  const dir = join(root, ".turbo", "runs")
  if (!existsSync(dir)) return null
  const newest = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  if (!newest) return null
  const summary = JSON.parse(readFileSync(newest, "utf8"))
  const tasks = (summary.tasks ?? []).filter((t) => t.command && t.command !== "<NONEXISTENT>")
  const failedTasks = tasks.filter((t) => t.execution?.exitCode !== 0)
  return {
    passed: tasks.length - failedTasks.length,
    failed: failedTasks.length,
    failedNames: failedTasks.map((t) => t.taskId),
  }
}
