import { findDivisions } from "./divisions"
/**
 * The checkout contract between the backend and the storefront: shipping
 * option codes, payment provider ids, the order-impact answer, and the
 * Chinese address and mobile-number rules the checkout form applies.
 *
 * Routes (all under the publishable key):
 * - `GET /store/shipping-options?cart_id=…` lists both options; pick by `type.code`.
 * - `POST /store/carts/:id/shipping-methods`
 *     home delivery:  `{ option_id }`
 *     station pickup: `{ option_id, data: { service_station_id } }` — 400 naming
 *     `data.service_station_id` when it is missing, unknown, inactive or not a pickup point.
 *   The placed order carries the station in `shipping_methods[].data.service_station_id`
 *   (GET /store/orders/:id?fields=*shipping_methods; a registered customer's order is
 *   readable by that customer only, a guest order by its id).
 * - `POST /store/payment-collections/:id/payment-sessions { provider_id }` with one of
 *   PAYMENT_PROVIDER_IDS; `GET /store/payment-providers?region_id=…` lists what is enabled
 *   (only `pp_system_default` without STRIPE_API_KEY). For the Stripe providers the
 *   session's `data` is the payment intent: confirm `data.client_secret` with Stripe.js
 *   (`confirmCardPayment` / `confirmAlipayPayment` / `confirmWechatPayPayment`, the latter
 *   with `payment_method_options.wechat_pay.client = "web"` already set), then
 *   `POST /store/carts/:id/complete`; if the shopper never returns, Stripe's webhook
 *   (`paymentWebhookPath(id)`, signature-checked, 400 when it does not verify) completes
 *   the cart. A cart whose payment is not yet authorized does not complete.
 * - `GET /store/orders/:id/impact[?email=…]` → StoreOrderImpactResponse; the order's
 *   customer (logged in) or, for a guest order, `email` equal to the order's email;
 *   anyone else gets 404.
 * - Password reset: `POST /auth/customer/emailpass/reset-password { identifier: email,
 *   metadata?: { locale: "en" } }` (201 whether or not the account exists) mails
 *   `${STOREFRONT_URL}/{zh|en}/account/reset-password?token=…&email=…`; the page then calls
 *   `POST /auth/customer/emailpass/update` with `Authorization: Bearer <token>` and
 *   `{ email, password }`.
 * - Cache revalidation: the backend POSTs RevalidateRequest to
 *   `${STOREFRONT_URL}/api/revalidate` with header REVALIDATE_SECRET_HEADER.
 */

/** `type.code` of the two shipping options the demo store offers in region 中国. */
export const SHIPPING_OPTION_CODES = {
  homeDelivery: "home-delivery",
  stationPickup: "station-pickup",
  /** a return sent back by courier (售后 退货寄回), free for the shopper */
  returnByCourier: "return-by-courier",
} as const

/** When no home delivery reaches an institution order's address (the pad's checkout, a quote's draft order). */
export const NO_DELIVERY_MESSAGE = "没有可用的配送方式 / No shipping option delivers to this address"

/** Data the storefront sends with the station-pickup shipping method. */
export interface StationPickupData {
  service_station_id: string
}

/**
 * Payment provider ids as Medusa names them (`pp_<identifier>_<id>`).
 * `system` works everywhere (labelled demo payment); the Stripe ones exist only
 * when the backend has STRIPE_API_KEY.
 */
export const PAYMENT_PROVIDER_IDS = {
  system: "pp_system_default",
  stripeCard: "pp_stripe_stripe",
  alipay: "pp_stripe-alipay_stripe-cn",
  wechatPay: "pp_stripe-wechat-pay_stripe-cn",
  /** 对公转账: institution members only (src/modules/bank-transfer, bank-transfer.ts) */
  bankTransfer: "pp_bank-transfer_bank-transfer",
} as const
export type PaymentProviderId = (typeof PAYMENT_PROVIDER_IDS)[keyof typeof PAYMENT_PROVIDER_IDS]

/** Webhook route of a payment provider: Medusa's `/hooks/payment/{provider id without pp_}`. */
export function paymentWebhookPath(providerId: PaymentProviderId): string {
  return `/hooks/payment/${providerId.replace(/^pp_/, "")}`
}

/** Impact of one county in GET /store/orders/:id/impact. */
export interface OrderImpactCounty {
  county_handle: string
  name_zh: string
  name_en: string
  households: number
  amount: number
}

/** GET /store/orders/:id/impact — "支持了寻甸县 N 户脱贫户". */
export interface StoreOrderImpactResponse {
  order_id: string
  households: number
  /** ¥ attributed to certified products of the order (net of refunds) */
  amount: number
  counties: OrderImpactCounty[]
}

/** Mainland China mobile number: 11 digits starting 13–19. */
export const CN_MOBILE_PATTERN = /^1[3-9]\d{9}$/

/** 139****5601: a mobile as a page or message shows it to whoever may be looking over the shoulder. */
export function maskCnMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile
}

/** Accepts "+86 138 0013 8000", "138-0013-8000"; returns the 11 digits or null. */
export function normaliseCnMobile(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "")
  return CN_MOBILE_PATTERN.test(digits) ? digits : null
}

export function isCnMobile(input: string): boolean {
  return normaliseCnMobile(input) !== null
}

/** A Chinese address as the checkout form collects it. */
export interface CnAddress {
  /** 收货人 */
  name: string
  mobile: string
  /** 省/自治区/直辖市, e.g. 云南省 */
  province: string
  /** 市/州, e.g. 昆明市 */
  city: string
  /** 区/县, e.g. 寻甸回族彝族自治县 */
  district: string
  /** street, number, building, room */
  detail: string
  postal_code?: string
}

export type CnAddressField = keyof CnAddress

/** Problems per field (empty object when valid), with messages in both languages. */
export function cnAddressProblems(address: Partial<CnAddress>): Partial<Record<CnAddressField, { zh: string; en: string }>> {
  const problems: Partial<Record<CnAddressField, { zh: string; en: string }>> = {}
  const required: Array<[CnAddressField, string, string]> = [
    ["name", "收货人", "recipient"],
    ["province", "省份", "province"],
    ["city", "城市", "city"],
    ["district", "区县", "district"],
    ["detail", "详细地址", "street address"],
  ]
  for (const [field, zh, en] of required) {
    if (!address[field]?.trim()) problems[field] = { zh: `请填写${zh}`, en: `Enter the ${en}` }
  }
  // province → city → district must be real and nested (the form picks them from the registry's list)
  if (!problems.province && !problems.city && !problems.district) {
    const found = findDivisions(address)
    if (!found.province) problems.province = { zh: "请从列表中选择省份", en: "Choose the province from the list" }
    else if (!found.city) problems.city = { zh: `请选择${found.province.name}的城市`, en: `Choose a city of ${found.province.name}` }
    else if (!found.district) problems.district = { zh: `请选择${found.city.name}的区县`, en: `Choose a district of ${found.city.name}` }
  }
  if (address.detail && address.detail.trim().length > 0 && address.detail.trim().length < 4) {
    problems.detail = { zh: "详细地址太短，请写到门牌号", en: "The street address is too short: include the number" }
  }
  if (!address.mobile?.trim()) problems.mobile = { zh: "请填写手机号", en: "Enter a mobile number" }
  else if (!isCnMobile(address.mobile)) problems.mobile = { zh: "手机号应为 11 位，以 13–19 开头", en: "A mobile number has 11 digits starting 13–19" }
  if (address.postal_code && !/^\d{6}$/.test(address.postal_code)) {
    problems.postal_code = { zh: "邮编应为 6 位数字", en: "A postal code has 6 digits" }
  }
  return problems
}

/**
 * Medusa's address fields for a CnAddress: district and detail go into
 * address_1 ("五华区 示例路1号"), the mobile into phone, country cn.
 */
export function toMedusaAddress(address: CnAddress) {
  const [first, ...rest] = [...address.name.trim()]
  return {
    // Chinese names: surname first; Medusa wants both parts.
    last_name: first ?? "",
    first_name: rest.join("") || (first ?? ""),
    phone: normaliseCnMobile(address.mobile) ?? address.mobile,
    province: address.province.trim(),
    city: address.city.trim(),
    address_1: `${address.district.trim()} ${address.detail.trim()}`,
    postal_code: address.postal_code ?? "",
    country_code: "cn",
    metadata: { district: address.district.trim(), detail: address.detail.trim() },
  }
}

/** Body the backend POSTs to the storefront's /api/revalidate. */
export interface RevalidateRequest {
  tags: string[]
}
export const REVALIDATE_SECRET_HEADER = "x-revalidate-secret"

/*
 * Cache tags of the storefront's reads. The backend sends them to the storefront's
 * /api/revalidate when the record changes; without an argument, the tag of the lists.
 */

/** Catalogue reads: "products" and "product:<handle>". */
export function productCacheTags(handle?: string | null): string[] {
  return handle ? ["products", `product:${handle}`] : ["products"]
}

/** A certificate's public verification page: "certificates" and "certificate:<number>". */
export function certificateCacheTags(number?: string | null): string[] {
  return number ? ["certificates", `certificate:${number}`] : ["certificates"]
}

/** Supplier profiles and lists: "suppliers" and "supplier:<id>". */
export function supplierCacheTags(id?: string | null): string[] {
  return id ? ["suppliers", `supplier:${id}`] : ["suppliers"]
}

/**
 * What changed in the backend, as the storefront's cache sees it (the backend's
 * subscribers/storefront-revalidate.ts maps Medusa's and the marketplace's events to it).
 */
export type CatalogueChange =
  /** a product, one of its variants or a variant's prices: its page and every list (prices show on cards) */
  | { kind: "product"; handle?: string | null }
  /** an inventory level: only the product page shows stock (库存 / 已售罄), so the lists stay cached */
  | { kind: "stock"; handles: readonly string[] }
  /** a certificate's status: its verification page, its product's page and the lists it leaves or joins */
  | { kind: "certificate"; number?: string | null; handle?: string | null }
  /** a supplier reviewed or suspended: its profile, county lists and every page showing its products */
  | { kind: "supplier"; id: string }

/** The cache tags to revalidate for a change (POSTed to the storefront's /api/revalidate). */
export function revalidationTags(change: CatalogueChange): string[] {
  switch (change.kind) {
    case "product":
      return productCacheTags(change.handle)
    case "stock":
      return [...new Set(change.handles.filter(Boolean).map((h) => `product:${h}`))]
    case "certificate":
      return [...productCacheTags(change.handle), ...certificateCacheTags(change.number)]
    case "supplier":
      // "products" is on every product read (lists and each product page), so the pages naming the supplier refresh too
      return [...supplierCacheTags(change.id), ...productCacheTags()]
  }
}

/**
 * The most one retail cart line takes when a variant's stock is not tracked.
 * Tracked stock is the real limit (Medusa refuses more than is available);
 * bulk buying goes through the institution portal's order pad.
 */
export const MAX_RETAIL_LINE_QUANTITY = 9999

/** The upper limit of a quantity field: the stock when it is tracked, else MAX_RETAIL_LINE_QUANTITY. */
export function retailQuantityLimit(available: number | null | undefined): number {
  return available == null ? MAX_RETAIL_LINE_QUANTITY : Math.max(0, Math.min(available, MAX_RETAIL_LINE_QUANTITY))
}

/** GET /store/orders/:id/pickup — a station-pickup order's 取货码 and where to collect it; null for home delivery. */
export interface StoreOrderPickupResponse {
  pickup: {
    /** six digits the shopper shows at the station */
    code: string
    station: { id: string; name: string; address: string; opening_hours: string; phone: string | null }
    /** when the station handed the parcel over, or null */
    handed_over_at: string | null
  } | null
}

/** POST /admin/service-stations/:id/pickups: the code the shopper shows; the order handed over. */
export interface AdminRedeemPickupResponse {
  order: { id: string; display_id: number; handed_over_at: string }
}
