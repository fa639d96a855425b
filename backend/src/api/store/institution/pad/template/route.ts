import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { padTemplate } from "../../../../../lib/institution/pad-file"
import type { StorePadTemplateType } from "../../validators"

/** GET /store/institution/pad/template?format=csv|xlsx (purchaser): the upload template, Chinese headers. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePadTemplateType>, res: MedusaResponse) {
  const file = await padTemplate(req.validatedQuery.format)
  res.setHeader("Content-Type", file.type)
  res.setHeader("Content-Disposition", `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename.replace("order-pad-template", "批量下单模板"))}`)
  res.status(200).send(file.body)
}
