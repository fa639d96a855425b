import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeAlipayService from "./services/stripe-alipay"
import StripeWechatPayService from "./services/stripe-wechat-pay"

/**
 * Alipay and WeChat Pay as Medusa payment providers over Stripe, beside
 * Medusa's own Stripe card provider (registered in medusa-config.ts when
 * STRIPE_API_KEY is set).
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeAlipayService, StripeWechatPayService],
})
