// vitest globalSetup of the integration project: seeds the demo template once per run.
import { buildDemoTemplate } from "./demo-template"

export default async function setup() {
  if (!process.env.DB_HOST) return // setup.js explains what to set
  const started = Date.now()
  await buildDemoTemplate()
  console.log(`[fupin] demo template database seeded in ${Math.round((Date.now() - started) / 1000)} s`)
}
