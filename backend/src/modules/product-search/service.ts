import type { Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import type { SearchEngineName } from "@fupin/shared"
import type { SearchDocumentRow } from "./lib/document"
import { MeilisearchEngine } from "./engines/meilisearch"
import { PostgresSearchEngine } from "./engines/postgres"
import { sqlExecutor } from "./engines/sql-executor"
import type { BrowseRequest, SearchEngine, SearchRequest } from "./engines/types"
import SearchDocument from "./models/search-document"

export interface ProductSearchModuleOptions {
  /** Meilisearch server; unset → the embedded PostgreSQL engine. From env.meilisearch in medusa-config.ts. */
  meilisearch?: { host: string; apiKey?: string; indexName?: string }
}

type InjectedDependencies = {
  logger: Logger
  manager: { execute: (sql: string, params?: unknown[]) => Promise<unknown> }
}

/**
 * Product search. Holds the search engine chosen at start-up and the embedded
 * engine's `search_document` table. The catalogue is read by the indexing
 * workflow (workflows/search), which hands this module finished documents:
 * modules stay isolated.
 */
class ProductSearchModuleService extends MedusaService({ SearchDocument }) {
  protected readonly engine_: SearchEngine

  constructor(deps: InjectedDependencies, options: ProductSearchModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    if (options.meilisearch?.host) {
      this.engine_ = new MeilisearchEngine(options.meilisearch, deps.logger)
    } else {
      this.engine_ = new PostgresSearchEngine(sqlExecutor(deps.manager))
    }
  }

  get engineName(): SearchEngineName {
    return this.engine_.name
  }

  async prepareIndex() {
    await this.engine_.prepare()
  }

  async indexDocuments(documents: SearchDocumentRow[]) {
    if (documents.length) await this.engine_.upsert(documents)
  }

  async removeDocuments(ids: string[]) {
    if (ids.length) await this.engine_.remove(ids)
  }

  async getDocuments(ids: string[]) {
    return this.engine_.get(ids)
  }

  async listIndexedIds() {
    return this.engine_.listIds()
  }

  async searchProducts(request: SearchRequest) {
    return this.engine_.search(request)
  }

  async browseProducts(request: BrowseRequest) {
    return this.engine_.browse(request)
  }

  async catalogueShelves() {
    return { shelves: await this.engine_.shelves(), engine: this.engine_.name }
  }

  async suggestProducts(q: string, limit?: number) {
    return this.engine_.suggest(q, limit)
  }

  async indexStatus() {
    return { engine: this.engine_.name, ...(await this.engine_.status()) }
  }
}

export default ProductSearchModuleService
