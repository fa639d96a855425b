import Link from "next/link"
import { PAYMENT_PROVIDER_IDS, SHIPPING_OPTION_CODES, type Locale } from "@fupin/shared"
import type { ReactNode } from "react"
import { retrieveCart } from "@/lib/data/cart"
import { listPaymentProviders, listShippingOptions } from "@/lib/data/checkout"
import { getCustomer } from "@/lib/data/customer"
import { listCounties } from "@/lib/data/domain"
import { getOptionalConfig } from "@/lib/config"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatCnAddress, fromMedusaAddress } from "@/lib/util/address"
import { placeName } from "@/lib/util/place-names"
import { pickupStationOf } from "@/lib/util/pickup-station"
import { formatPrice } from "@/lib/util/price"
import { CartLines, CartTotals, EmptyCart } from "@/modules/cart/components/cart-view"
import { FormMessage } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"
import { AddressForm } from "../components/address-form"
import { DeliveryForm, type PickupCounty } from "../components/delivery-form"
import { PaymentForm } from "../components/payment-form"
import { PlaceOrder } from "../components/place-order"
import { StripePlaceOrder } from "../components/stripe-place-order"
import { STRIPE_CHECKOUT_STRINGS } from "@/modules/checkout/components/stripe-checkout.strings"
import { isStripeProvider, paymentUiFor, stripeIntentOf } from "../lib/stripe-payment"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { DELIVERY_FORM_STRINGS } from "@/modules/checkout/components/delivery-form.strings"
import { ADDRESS_FORM_STRINGS } from "@/modules/checkout/components/address-form.strings"
import { PAYMENT_FORM_STRINGS } from "@/modules/checkout/components/payment-form.strings"
import { PLACE_ORDER_STRINGS } from "@/modules/checkout/components/place-order.strings"

const STEPS = ["address", "delivery", "payment", "review"] as const
type Step = (typeof STEPS)[number]

/**
 * One page, four steps. Each step saves into the cart (so a reload or a failed later
 * step loses nothing) and the page opens the first step that is not done yet.
 */
export async function CheckoutTemplate({ locale, requested }: { locale: Locale; requested: string | null }) {
  const dict = getDictionary(locale)
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) {
    return (
      <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
        <PageHeading>{dict.checkout.title}</PageHeading>
        <EmptyCart locale={locale} />
      </div>
    )
  }
  const customer = await getCustomer()

  const shippingMethod = cart.shipping_methods?.[0]
  const sessions = cart.payment_collection?.payment_sessions ?? []
  const done: Record<Step, boolean> = {
    // the mobile is the contact; the e-mail is optional (a guest finds the order again by its mobile)
    address: Boolean(cart.shipping_address?.address_1 && cart.shipping_address?.phone),
    delivery: Boolean(shippingMethod),
    payment: sessions.length > 0,
    review: false,
  }
  const firstOpen = STEPS.find((s) => !done[s]) ?? "review"
  const wanted = (STEPS as readonly string[]).includes(requested ?? "") ? (requested as Step) : firstOpen
  // A later step cannot open before the earlier ones are done.
  const active: Step = STEPS.indexOf(wanted) <= STEPS.indexOf(firstOpen) ? wanted : firstOpen

  const saved = fromMedusaAddress(cart.shipping_address ?? customer?.addresses?.[0])
  const addressDefaults: Record<string, string> = {
    email: cart.email ?? customer?.email ?? "",
    name: saved.name ?? "",
    mobile: saved.mobile ?? "",
    // empty: the region picker preselects 云南省 昆明市
    province: saved.province ?? "",
    city: saved.city ?? "",
    district: saved.district ?? "",
    detail: saved.detail ?? "",
    postal_code: saved.postal_code ?? "",
  }
  const station = shippingMethod ? pickupStationOf(cart.shipping_address?.metadata) : null

  let deliveryBody: ReactNode = null
  if (active === "delivery") {
    const [options, counties] = await Promise.all([listShippingOptions(cart.id), listCounties()])
    const home = options.find((o) => o.type?.code === SHIPPING_OPTION_CODES.homeDelivery)
    const pickupCounties: PickupCounty[] = counties
      .filter((c) => c.delisted_poverty_county && c.townships.length > 0)
      .map((c) => ({
        handle: c.handle,
        name: locale === "zh" ? c.name_zh : c.name_en,
        // English readers get each township's pinyin beside its Chinese name
        townships: c.townships.map((t) => ({ id: t.id, name: placeName(t.name, locale) })),
      }))
    deliveryBody = (
      <ClientStrings locale={locale} pick={DELIVERY_FORM_STRINGS}>
        <DeliveryForm
          counties={pickupCounties}
          homePrice={home ? formatPrice(home.amount ?? 0, locale) : null}
          defaults={{
            method: station ? "pickup" : "home",
            county: station?.county_handle ?? "",
            township: station?.township_id ?? "",
            station: station?.id ?? "",
          }}
          locale={locale}
        />
      </ClientStrings>
    )
  }

  const stripeKey = getOptionalConfig().stripePublishableKey
  let paymentBody: ReactNode = null
  if (active === "payment") {
    const providers = await listPaymentProviders(cart.region_id ?? "")
    paymentBody = (
      <ClientStrings locale={locale} pick={PAYMENT_FORM_STRINGS}>
        <PaymentForm
          providers={providers}
          stripeEnabled={stripeKey !== null}
          current={sessions[0]?.provider_id ?? null}
          locale={locale}
        />
      </ClientStrings>
    )
  }

  const providerLabels: Record<string, string> = {
    [PAYMENT_PROVIDER_IDS.system]: dict.checkout.demoPayment,
    [PAYMENT_PROVIDER_IDS.stripeCard]: dict.checkout.stripeCard,
    [PAYMENT_PROVIDER_IDS.alipay]: dict.checkout.alipay,
    [PAYMENT_PROVIDER_IDS.wechatPay]: dict.checkout.wechatPay,
  }

  // Step 4 pays with the session's provider: the demo payment places the order directly; a
  // Stripe provider confirms its payment intent in Stripe's Payment Element first.
  let placeOrderBody: ReactNode = <ClientStrings locale={locale} pick={PLACE_ORDER_STRINGS}><PlaceOrder locale={locale} /></ClientStrings>
  const session = sessions[0]
  if (active === "review" && isStripeProvider(session?.provider_id)) {
    const intent = stripeIntentOf(session?.data)
    if (!stripeKey || paymentUiFor(session?.provider_id, true) !== "stripe") {
      placeOrderBody = <FormMessage error={dict.checkout.stripeNeedsKey} />
    } else if (!intent) {
      placeOrderBody = <FormMessage error={dict.checkout.stripeSessionMissing} />
    } else {
      placeOrderBody = (
        <ClientStrings locale={locale} pick={STRIPE_CHECKOUT_STRINGS}>
          <StripePlaceOrder publishableKey={stripeKey} clientSecret={intent.clientSecret} paymentIntentId={intent.id} locale={locale} />
        </ClientStrings>
      )
    }
  }

  const summaries: Record<Step, ReactNode> = {
    address: done.address ? (
      <p className="text-sm text-earth-800">
        {cart.shipping_address?.last_name}
        {cart.shipping_address?.first_name} · {cart.shipping_address?.phone}
        <br />
        {formatCnAddress(cart.shipping_address)}
        {cart.email ? (
          <>
            <br />
            <span className="text-earth-600">{cart.email}</span>
          </>
        ) : null}
      </p>
    ) : null,
    delivery: shippingMethod ? (
      <p className="text-sm text-earth-800">
        {station ? (
          <>
            {dict.checkout.pickup}: <strong>{station.name}</strong>
            <br />
            {station.address} · {interpolate(dict.checkout.openingHours, { hours: station.opening_hours })}
          </>
        ) : (
          <>
            {shippingMethod.data?.service_station_id ? dict.checkout.pickup : dict.checkout.homeDelivery} ·{" "}
            {formatPrice(shippingMethod.amount ?? 0, locale)}
          </>
        )}
      </p>
    ) : null,
    payment: sessions.length ? (
      <p className="text-sm text-earth-800">{providerLabels[sessions[0]?.provider_id ?? ""] ?? sessions[0]?.provider_id}</p>
    ) : null,
    review: null,
  }

  const bodies: Record<Step, ReactNode> = {
    address: <ClientStrings locale={locale} pick={ADDRESS_FORM_STRINGS}><AddressForm defaults={addressDefaults} locale={locale} canSave={!!customer} /></ClientStrings>,
    delivery: deliveryBody,
    payment: paymentBody,
    review: (
      <div className="space-y-4">
        <p className="text-sm text-earth-700">{dict.checkout.review}</p>
        {placeOrderBody}
      </div>
    ),
  }
  const titles: Record<Step, string> = {
    address: dict.checkout.stepAddress,
    delivery: dict.checkout.stepDelivery,
    payment: dict.checkout.stepPayment,
    review: dict.checkout.stepReview,
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading>{dict.checkout.title}</PageHeading>
      {!customer ? (
        <p className="mb-4 text-sm text-earth-700">
          <Link
            href={`${localizedHref(locale, "/account/login")}?next=${encodeURIComponent(localizedHref(locale, "/checkout"))}`}
            className="font-semibold text-brand-700 underline underline-offset-4"
          >
            {dict.checkout.loginHint}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <ol aria-label={dict.checkout.steps} className="space-y-4">
          {STEPS.map((step, index) => {
            const isActive = step === active
            return (
              <li key={step} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 sm:p-6" aria-current={isActive ? "step" : undefined}>
                <div className="flex items-center justify-between gap-3">
                  <h2 className={"flex items-center gap-2 text-lg font-bold " + (isActive || done[step] ? "text-earth-900" : "text-earth-600")}>
                    <span
                      className={
                        "flex h-7 w-7 items-center justify-center rounded-full text-sm " +
                        (done[step] && !isActive ? "bg-emerald-700 text-white" : isActive ? "bg-brand-600 text-white" : "bg-earth-100 text-earth-700")
                      }
                      aria-hidden="true"
                    >
                      {done[step] && !isActive ? "✓" : index + 1}
                    </span>
                    {titles[step]}
                  </h2>
                  {done[step] && !isActive ? (
                    <Link
                      href={`${localizedHref(locale, "/checkout")}?step=${step}`}
                      className="text-sm font-semibold text-brand-700 underline underline-offset-4"
                      aria-label={`${dict.checkout.edit} ${titles[step]}`}
                    >
                      {dict.checkout.edit}
                    </Link>
                  ) : null}
                </div>
                <div className="mt-3">{isActive ? bodies[step] : summaries[step]}</div>
              </li>
            )
          })}
        </ol>
        <aside className="h-fit rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 sm:p-6 lg:sticky lg:top-24">
          <h2 className="text-base font-bold text-earth-900">{dict.checkout.items}</h2>
          <CartLines cart={cart} locale={locale} editable={false} />
          <CartTotals cart={cart} locale={locale} shippingKnown={Boolean(shippingMethod)} />
        </aside>
      </div>
    </div>
  )
}
