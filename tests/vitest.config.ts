import { defineConfig } from "vitest/config"

// Contract tests: what crosses apps and can be checked without servers running.
export default defineConfig({
  test: { include: ["contract/**/*.spec.ts"] },
})
