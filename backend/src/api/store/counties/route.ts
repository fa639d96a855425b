import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreListCountiesType } from "./validators"

/** Kunming's county-level divisions with their townships, delisted poverty counties flagged. */
export async function GET(req: MedusaRequest<unknown, StoreListCountiesType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { handle, delisted_poverty_county } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (handle) filters.handle = handle
  if (delisted_poverty_county !== undefined) filters.delisted_poverty_county = delisted_poverty_county

  const { data, metadata } = await query.graph({
    entity: "county",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { sort_order: "ASC", id: "ASC" } },
  })
  res.json({ counties: data, count: metadata?.count ?? data.length, offset: metadata?.skip ?? 0, limit: metadata?.take ?? data.length })
}
