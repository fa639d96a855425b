import { ChangeActionType, MedusaError, Modules, OrderChangeStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The token of the order's open transfer request, as Medusa keeps it on the
 * change's TRANSFER_CUSTOMER action. Read, never written: nothing to undo.
 */
export const readTransferTokenStep = createStep("read-transfer-token", async (input: { order_id: string }, { container }) => {
  const changes = await container
    .resolve(Modules.ORDER)
    .listOrderChanges({ order_id: input.order_id, status: OrderChangeStatus.REQUESTED }, { relations: ["actions"], order: { created_at: "DESC" } })
  const change = changes.find((c) => c.change_type === "transfer")
  const token = change?.actions?.find((a) => a.action === ChangeActionType.TRANSFER_CUSTOMER)?.details?.token
  if (typeof token !== "string" || !token) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order: ${input.order_id} has no open transfer request`)
  }
  return new StepResponse(token)
})
