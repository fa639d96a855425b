import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { StoreListQuotesResponse, StoreQuoteResponse } from "@fupin/shared"
import { deliveryMetadata, institutionCanteen, orderShippingAddress } from "../../../../lib/institution/canteens"
import { cnyRegionId, padContextOf, salesChannelOf } from "../../../../lib/institution/context"
import { type QuoteRow, quoteDTO, quoteDTOs, quoteLinesFor } from "../../../../lib/institution/quotes"
import { membershipFrom } from "../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { requestInstitutionQuoteWorkflow } from "../../../../workflows/institution/quotes"
import type { StoreCreateQuoteType, StoreListQuotesType } from "../validators"

/** GET /store/institution/quotes?status= (every member): the institution's quotes, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListQuotesType>, res: MedusaResponse<StoreListQuotesResponse>) {
  const member = membershipFrom(req)
  const { status, limit, offset } = req.validatedQuery
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const rows = (await service.listInstitutionQuotes({ institution_id: member.institution_id }, { order: { created_at: "DESC" }, take: null })) as unknown as QuoteRow[]
  // "expired" is a status of the moment (an answered quote past its date): filter on what the portal shows
  const all = await quoteDTOs(req.scope, rows)
  const wanted = status ? all.filter((q) => q.status === status) : all
  res.json({ quotes: wanted.slice(offset, offset + limit), count: wanted.length })
}

/**
 * POST /store/institution/quotes {lines, note, canteen_id?, requested_delivery_date?} (purchasers
 * and admins): asks the operator for a price on the pad's lines; the quote's draft order ships to
 * the canteen asked for (else the institution's address) on the date asked for, both kept in its
 * metadata as the pad's delivery step keeps them, so the order they become carries them. Another
 * institution's canteen is the access rule's 404.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateQuoteType>, res: MedusaResponse<StoreQuoteResponse>) {
  const member = membershipFrom(req)
  const { canteen_id, requested_delivery_date } = req.validatedBody
  const canteen = canteen_id ? await institutionCanteen(req.scope, member.institution_id, canteen_id) : null
  const ctx = await padContextOf(req, undefined, member.customer_id)
  const lines = await quoteLinesFor(req.scope, ctx, req.validatedBody.lines)
  const institution = await req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE).retrieveInstitution(member.institution_id)
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(member.customer_id)
  const { result } = await requestInstitutionQuoteWorkflow(req.scope).run({
    input: {
      institution_id: member.institution_id,
      customer_id: member.customer_id,
      email: customer.email,
      region_id: await cnyRegionId(req),
      sales_channel_id: salesChannelOf(req),
      address: orderShippingAddress(institution, canteen),
      delivery: deliveryMetadata(canteen, requested_delivery_date ?? null),
      note: req.validatedBody.note || null,
      lines,
    },
  })
  res.status(201).json({ quote: await quoteDTO(req.scope, result.id) })
}
