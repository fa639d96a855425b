import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createIntentAgreementWorkflow } from "../../../workflows/institution/create-intent-agreement"
import { refetchPurchaseIntent, withProgress } from "./helpers"
import type { AdminCreatePurchaseIntentType } from "./validators"
import { totalOrder } from "../../../lib/http/pagination"

/** GET /admin/purchase-intents?institution_id=&county_handle=&status=: agreements with their progress. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "intent_agreement",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: totalOrder(req.queryConfig.pagination),
  })
  res.json({
    purchase_intents: data.map((row) => withProgress(row as Record<string, unknown>)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** POST /admin/purchase-intents: records an agreement of an approved institution with a county. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePurchaseIntentType>, res: MedusaResponse) {
  const { result } = await createIntentAgreementWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ purchase_intent: await refetchPurchaseIntent(req.scope, result.id) })
}
