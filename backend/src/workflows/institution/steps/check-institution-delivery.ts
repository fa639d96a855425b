import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_DATE_PROBLEM_LABELS, deliveryDateProblem, INSTITUTION_DELIVERY_METADATA as KEYS } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

/**
 * Before an institution cart is submitted: an institution with canteens must say which
 * canteen the order goes to and when (要求送达日期), and that date must still be today or
 * later (it may have been chosen days ago). An institution without canteens ships to its
 * own address as before. Reads only: nothing to undo.
 */
export const checkInstitutionDeliveryStep = createStep(
  "check-institution-delivery",
  async (input: { cart_id: string; institution_id: string }, { container }) => {
    const canteens = await container
      .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
      .listInstitutionCanteens({ institution_id: input.institution_id }, { take: 1, select: ["id"] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "metadata"], filters: { id: input.cart_id } })
    const meta = ((data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata ?? {}) as Record<string, unknown>
    const date = typeof meta[KEYS.requested_delivery_date] === "string" ? (meta[KEYS.requested_delivery_date] as string) : null
    if (canteens.length && !meta[KEYS.canteen_id]) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "canteen_id: 请选择收货食堂 / choose the canteen the order goes to")
    }
    if (canteens.length && !date) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "requested_delivery_date: 请选择要求送达日期 / choose the delivery date")
    }
    const problem = date ? deliveryDateProblem(date) : null
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `requested_delivery_date: ${DELIVERY_DATE_PROBLEM_LABELS[problem].zh} / ${DELIVERY_DATE_PROBLEM_LABELS[problem].en}`)
    return new StepResponse({ requested_delivery_date: date })
  }
)
