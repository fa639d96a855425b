import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"

// HTTP test files run side by side: each has its own database (a copy of the template) and its own
// app on a free port. Two on a 2-core machine; FUPIN_INTEGRATION_WORKERS=1 runs them one after another.
const integrationWorkers = Number(process.env.FUPIN_INTEGRATION_WORKERS) || Math.min(4, availableParallelism())

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/__tests__/**/*.unit.spec.ts", "integration-tests/**/__tests__/*.unit.spec.ts"],
          environment: "node",
        },
      },
      {
        // HTTP tests against real PostgreSQL through Medusa's own test runner.
        // Each file gets a fresh database (DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD);
        // files that need the whole demo copy it from a template seeded once per run.
        test: {
          name: "integration",
          include: ["integration-tests/**/*.spec.ts", "src/**/__tests__/**/*.integration.spec.ts"],
          exclude: ["**/node_modules/**", "**/*.unit.spec.ts"],
          globals: true,
          silent: "passed-only",
          environment: "node",
          setupFiles: ["./integration-tests/setup.js"],
          globalSetup: ["./integration-tests/global-setup.ts"],
          pool: "forks",
          fileParallelism: integrationWorkers > 1,
          maxWorkers: integrationWorkers,
          // generous: a checkout takes 20–70 s when the 2-core machine is loaded; a hang still fails
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
