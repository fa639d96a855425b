import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskCnMobile, type StoreMobileOrderClaimsResponse } from "@fupin/shared"
import { clearOpenTransfer, mobileGuestOrderIds, verifiedMobileOf } from "../../../../../../lib/retail/guest-orders"
import { claimGuestOrderByMobileWorkflow } from "../../../../../../workflows/retail/claim-guest-order-by-mobile"

/**
 * POST /store/customers/me/order-claims/mobile — the storefront calls it after
 * a login by mobile code: guest orders placed with that number and no e-mail
 * move into the account at once (the code proved the number). Orders with an
 * e-mail stay with POST …/order-claims, confirmed from their inbox.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreMobileOrderClaimsResponse>) {
  const customerId = req.auth_context.actor_id
  const mobile = await verifiedMobileOf(req.scope, customerId)
  if (!mobile) {
    return void res.json({
      mobile: null,
      moved_order_ids: [],
      message: "该账号没有用手机验证码登录过，无法按手机号认领订单 / This account has not logged in with a mobile code, so no orders are claimed by mobile",
    })
  }
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const moved: string[] = []
  for (const orderId of await mobileGuestOrderIds(req.scope, mobile)) {
    if (!(await clearOpenTransfer(req.scope, orderId))) {
      logger.info(`order claim by mobile: ${orderId} has another change open; left for later`)
      continue
    }
    await claimGuestOrderByMobileWorkflow(req.scope).run({ input: { order_id: orderId, customer_id: customerId } })
    moved.push(orderId)
  }
  res.json({
    mobile,
    moved_order_ids: moved,
    message: moved.length
      ? `已把用 ${maskCnMobile(mobile)} 下的 ${moved.length} 笔游客订单转入您的账号 / ${moved.length} guest order(s) placed with ${maskCnMobile(mobile)} moved into your account`
      : `没有用 ${maskCnMobile(mobile)} 下的游客订单需要认领 / No guest orders placed with ${maskCnMobile(mobile)} to claim`,
  })
}
