import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readEnv } from "../../../config/env"
import { RELEVANCE_CASES } from "../__fixtures__/relevance-cases"
import { MeilisearchEngine } from "../engines/meilisearch"
import { demoDocuments } from "./demo-documents"

// Relevance against a REAL Meilisearch: runs only when MEILISEARCH_HOST is set
// (docker-compose runs one); reported as skipped otherwise.
const meili = readEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "unused" }, { needsDatabase: false }).meilisearch

describe.skipIf(!meili)("relevance on Meilisearch (MEILISEARCH_HOST)", () => {
  let engine: MeilisearchEngine
  const indexName = `products_relevance_${Date.now()}`

  beforeAll(async () => {
    engine = new MeilisearchEngine({ ...meili!, indexName })
    await engine.upsert(demoDocuments())
  }, 120_000)

  afterAll(async () => {
    await engine.dropIndex()
  })

  it.each(RELEVANCE_CASES.map((c) => [c.q, c.first, c.why] as const))("%s finds %s first (%s)", async (q, first) => {
    const res = await engine.search({ q })
    expect(res.hits[0]?.handle).toBe(first)
  })
})
