import StripeCnBase from "../core/stripe-cn-base"
import { STRIPE_CN_PROVIDERS } from "../types"

/**
 * WeChat Pay (微信支付) through Stripe: pp_stripe-wechat-pay_stripe-cn. The web
 * client shows a QR code the shopper scans with WeChat.
 */
export default class StripeWechatPayService extends StripeCnBase {
  static identifier = STRIPE_CN_PROVIDERS.WECHAT_PAY

  get paymentIntentOptions() {
    return {
      payment_method_types: ["wechat_pay"],
      payment_method_options: { wechat_pay: { client: "web" as const } },
    }
  }
}
