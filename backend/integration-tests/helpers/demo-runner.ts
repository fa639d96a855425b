/**
 * `medusaIntegrationTestRunner` for files that need the whole demo marketplace:
 * the file's database starts as a copy of the demo template (seeded once per run
 * by global-setup.ts), so its `beforeAll` has nothing to seed.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { copyDemoTemplate } from "../demo-template"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

let files = 0

export function demoIntegrationTestRunner(options: RunnerOptions) {
  // unique per file and per run; the runner drops it when the file ends
  const dbName = `fupin_test_${process.pid}_${Date.now().toString(36)}_${files++}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // before the runner creates (finds) the database and runs the — already applied — migrations
      beforeServerStart: async (container) => {
        await copyDemoTemplate(dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
