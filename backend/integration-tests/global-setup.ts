// vitest globalSetup of the integration project: seeds the demo template once per run.
import { buildDemoTemplate, DEMO_TEMPLATE_DB, demoTemplateSeeded } from "./demo-template"

export default async function setup() {
  if (!process.env.DB_HOST) return // setup.js explains what to set
  // a developer re-running one file may keep the template of an earlier run (never in `npm test`:
  // a change to the migrations or the seed needs a fresh one)
  if (process.env.FUPIN_DEMO_TEMPLATE_REUSE === "1" && (await demoTemplateSeeded())) {
    console.log(`[fupin] reusing the seeded demo template ${DEMO_TEMPLATE_DB} (FUPIN_DEMO_TEMPLATE_REUSE=1)`)
    return
  }
  const started = Date.now()
  await buildDemoTemplate()
  console.log(`[fupin] demo template database seeded in ${Math.round((Date.now() - started) / 1000)} s`)
}
