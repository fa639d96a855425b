import { defineConfig } from "vitest/config"

// The production shape: two backend servers and a worker, started by `npm test`
// (scripts/test.mjs, stage "processes"), which passes their addresses in.
export default defineConfig({
  test: { include: ["processes/**/*.spec.ts"], testTimeout: 120_000, hookTimeout: 60_000, fileParallelism: false },
})
