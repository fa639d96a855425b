import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { requestOrderTransferWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreOrderClaimsResponse } from "@fupin/shared"
import { clearOpenTransfer, guestOrderIds } from "../../../../../lib/retail/guest-orders"
import type { StoreRequestOrderClaimsType } from "./validators"

/**
 * POST /store/customers/me/order-claims — "these guest orders are mine". For
 * each order placed as a guest with the e-mail (the account's own unless
 * given), Medusa's order transfer is requested to this account, and the
 * subscriber order-transfer-requested e-mails a confirmation link to the
 * order's address. Only whoever reads that inbox can move the order, so the
 * answer is the same whether the e-mail has guest orders or not.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRequestOrderClaimsType>, res: MedusaResponse<StoreOrderClaimsResponse>) {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["email"] })
  const email = req.validatedBody.email ?? customer.email
  // an account of a mobile login may have no e-mail: its guest orders by mobile move through …/order-claims/mobile
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: 请填写下单时用的电子邮箱 / enter the e-mail the orders were placed with")
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  for (const orderId of await guestOrderIds(req.scope, email)) {
    if (!(await clearOpenTransfer(req.scope, orderId))) {
      logger.info(`order claim: ${orderId} has another change open; not requested`)
      continue
    }
    await requestOrderTransferWorkflow(req.scope).run({
      input: { order_id: orderId, customer_id: customerId, logged_in_user: customerId, description: "认领游客订单 / guest order claim" },
    })
  }
  res.status(202).json({
    email,
    message: `如果 ${email} 有以游客身份下的订单，确认链接已发到该邮箱；点开链接即可把订单转入您的账号 / If ${email} has orders placed as a guest, a confirmation link is on its way there; open it to move them into your account`,
  })
}
