import StripeCnBase from "../core/stripe-cn-base"
import { STRIPE_CN_PROVIDERS } from "../types"

/** Alipay (支付宝) through Stripe: pp_stripe-alipay_stripe-cn. */
export default class StripeAlipayService extends StripeCnBase {
  static identifier = STRIPE_CN_PROVIDERS.ALIPAY

  get paymentIntentOptions() {
    return { payment_method_types: ["alipay"] }
  }
}
