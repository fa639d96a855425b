/**
 * Preload for the bench's backend (BULK_BENCH_NODE_ARGS="--require ./tests/bench/workflow-step-trace.cjs",
 * path from the repository root made absolute): prints each workflow and workflow step that takes
 * more than BULK_BENCH_TRACE_MS (default 40) ms, through the tracing hooks Medusa's own
 * instrumentation uses (TransactionOrchestrator.traceStep / traceTransaction). A step's time
 * includes the nested workflows it runs; a workflow's time includes its checkpoints.
 */
const { createRequire } = require("node:module")
const { join } = require("node:path")

const min = Number(process.env.BULK_BENCH_TRACE_MS ?? 40)
const timed = (what) => async (fn, meta) => {
  const start = performance.now()
  try {
    return await fn()
  } finally {
    const ms = performance.now() - start
    if (ms > min) process.stderr.write(`[trace] ${ms.toFixed(0).padStart(6)} ms ${what(meta)}\n`)
  }
}
try {
  // the orchestration package the backend's workflows-sdk loads (cwd: backend/.medusa/server)
  const fromBackend = createRequire(join(process.cwd(), "noop.js"))
  const { TransactionOrchestrator } = createRequire(fromBackend.resolve("@medusajs/workflows-sdk"))("@medusajs/orchestration")
  TransactionOrchestrator.traceStep = timed((meta) => `step ${String(meta.step_id).split(".").at(-1)}`)
  TransactionOrchestrator.traceTransaction = timed((meta) => `WORKFLOW ${meta.model_id}`)
} catch (e) {
  process.stderr.write(`[trace] not installed: ${e.message}\n`)
}
