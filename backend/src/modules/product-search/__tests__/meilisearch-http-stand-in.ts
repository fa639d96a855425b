import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A STAND-IN for the Meilisearch HTTP API — not Meilisearch. No Meilisearch
 * server can be installed on these machines, so the adapter's unit tests talk
 * to this tiny node:http server, which answers the few endpoints the official
 * client calls, records every request, keeps documents in memory and "matches"
 * by plain substring. It checks what the adapter sends (settings, filters,
 * facets, tasks awaited, retries), never relevance: relevance runs against a
 * real Meilisearch when MEILISEARCH_HOST is set.
 */
export interface StandInRequest {
  method: string
  path: string
  body: unknown
}

type Doc = Record<string, unknown> & { id: string }

export class MeilisearchHttpStandIn {
  readonly requests: StandInRequest[] = []
  readonly documents = new Map<string, Doc>()
  settings: Record<string, unknown> | null = null
  indexExists = false
  /** the next N requests answer 503 (to exercise retries) */
  failNext = 0
  private server: Server | null = null
  private taskUid = 0
  private tasks = new Map<number, Record<string, unknown>>()

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ([status, body]) => {
          res.writeHead(status, { "content-type": "application/json" })
          res.end(JSON.stringify(body))
        },
        (error: Error) => {
          res.writeHead(500, { "content-type": "application/json" })
          res.end(JSON.stringify({ message: error.message, code: "internal", type: "internal" }))
        }
      )
    })
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private enqueue(indexUid: string, type: string, apply: () => void) {
    apply()
    const uid = ++this.taskUid
    const now = new Date().toISOString()
    const task = { uid, taskUid: uid, indexUid, status: "succeeded", type, enqueuedAt: now, startedAt: now, finishedAt: now, error: null, details: {}, duration: "PT0S", canceledBy: null, batchUid: uid }
    this.tasks.set(uid, task)
    return [202, { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: now }] as [number, unknown]
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString("utf8")
    const body = raw ? (JSON.parse(raw) as unknown) : null
    const url = new URL(req.url ?? "/", "http://stand-in")
    const method = req.method ?? "GET"
    this.requests.push({ method, path: url.pathname + url.search, body })
    if (this.failNext > 0) {
      this.failNext--
      return [503, { message: "stand-in: unavailable", code: "unavailable", type: "system" }]
    }
    const parts = url.pathname.split("/").filter(Boolean)
    if (parts[0] === "health") return [200, { status: "available" }]
    if (parts[0] === "tasks" && parts[1]) {
      const task = this.tasks.get(Number(parts[1]))
      return task ? [200, task] : [404, { message: "task not found", code: "task_not_found", type: "invalid_request" }]
    }
    if (parts[0] === "indexes" && method === "POST" && parts.length === 1) {
      const uid = (body as { uid: string }).uid
      return this.enqueue(uid, "indexCreation", () => (this.indexExists = true))
    }
    if (parts[0] !== "indexes" || !parts[1]) return [404, { message: "stand-in: unknown route", code: "not_found", type: "invalid_request" }]
    const uid = parts[1]
    if (!this.indexExists) return [404, { message: `Index \`${uid}\` not found.`, code: "index_not_found", type: "invalid_request" }]
    const rest = parts.slice(2).join("/")
    if (rest === "" && method === "GET") return [200, { uid, primaryKey: "id", createdAt: "", updatedAt: "" }]
    if (rest === "settings" && method === "PATCH") return this.enqueue(uid, "settingsUpdate", () => (this.settings = body as Record<string, unknown>))
    if (rest === "documents" && (method === "POST" || method === "PUT")) {
      return this.enqueue(uid, "documentAdditionOrUpdate", () => {
        for (const doc of body as Doc[]) this.documents.set(doc.id, doc)
      })
    }
    if (rest === "documents/delete-batch" && method === "POST") {
      return this.enqueue(uid, "documentDeletion", () => {
        for (const id of body as string[]) this.documents.delete(id)
      })
    }
    if ((rest === "documents/fetch" && method === "POST") || (rest === "documents" && method === "GET")) {
      const q =
        method === "GET"
          ? { limit: Number(url.searchParams.get("limit") ?? 20), offset: Number(url.searchParams.get("offset") ?? 0), filter: url.searchParams.get("filter") ?? undefined }
          : (body as { filter?: string; limit?: number; offset?: number; fields?: string[] })
      let docs = [...this.documents.values()]
      const ids = q.filter?.match(/^id IN \[(.*)\]$/)?.[1]
      if (ids !== undefined) {
        const wanted = new Set([...ids.matchAll(/"([^"]*)"/g)].map((m) => m[1]))
        docs = docs.filter((d) => wanted.has(d.id))
      }
      const offset = q.offset ?? 0
      const page = docs.slice(offset, offset + (q.limit ?? 20))
      return [200, { results: page, offset, limit: q.limit ?? 20, total: docs.length }]
    }
    if (rest === "stats" && method === "GET") {
      return [200, { numberOfDocuments: this.documents.size, isIndexing: false, fieldDistribution: {} }]
    }
    if (rest === "search" && method === "POST") {
      const q = body as { q?: string; limit?: number; offset?: number; filter?: string[]; facets?: string[] }
      const text = (q.q ?? "").toLowerCase()
      const hits = [...this.documents.values()].filter((d) =>
        !text || [d.title, d.title_en, d.py_fuzzy, d.py_initials_suffixes].some((f) => typeof f === "string" && f.toLowerCase().includes(text))
      )
      const facetDistribution: Record<string, Record<string, number>> = {}
      for (const facet of q.facets ?? []) {
        const counts: Record<string, number> = {}
        for (const d of hits) for (const v of ([] as unknown[]).concat(d[facet] ?? [])) counts[String(v)] = (counts[String(v)] ?? 0) + 1
        facetDistribution[facet] = counts
      }
      const offset = q.offset ?? 0
      return [200, { hits: hits.slice(offset, offset + (q.limit ?? 20)), query: q.q ?? "", processingTimeMs: 1, limit: q.limit ?? 20, offset, estimatedTotalHits: hits.length, ...(q.facets ? { facetDistribution } : {}) }]
    }
    return [404, { message: `stand-in: no route ${method} ${url.pathname}`, code: "not_found", type: "invalid_request" }]
  }
}
