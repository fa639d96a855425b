import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { isLocale, isShopperOrderTab, SHOPPER_ORDER_TAB_LABELS, SHOPPER_ORDER_TABS, shopperOrderTab, KUNMING_TIME_ZONE } from "@fupin/shared"
import { deleteAddress, logOut } from "@/lib/actions/account"
import { getCustomer, listOrders } from "@/lib/data/customer"
import { getMembership } from "@/lib/data/institution"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatCnAddress } from "@/lib/util/address"
import { formatPrice } from "@/lib/util/price"
import { AddAddressForm } from "@/modules/account/components/address-book"
import { ClaimOrdersForm } from "@/modules/account/components/claim-orders-form"
import { MobilePasswordForm } from "@/modules/account/components/mobile-password-form"
import { LinkPending } from "@/modules/common/components/link-pending"
import { PageHeading } from "@/modules/common/components/page-heading"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { ADDRESS_BOOK_STRINGS } from "@/modules/account/components/address-book.strings"
import { CLAIM_ORDERS_FORM_STRINGS } from "@/modules/account/components/claim-orders-form.strings"
import { MOBILE_PASSWORD_FORM_STRINGS } from "@/modules/account/components/mobile-password-form.strings"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).account.title, robots: { index: false } }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const customer = await getCustomer()
  if (!customer) redirect(`${localizedHref(locale, "/account/login")}?next=${encodeURIComponent(localizedHref(locale, "/account"))}`)
  const dict = getDictionary(locale)
  const [{ orders: all }, membership] = await Promise.all([listOrders({ limit: 100 }), getMembership().catch(() => null)])
  // 我的订单 by status, as Taobao and JD sort them: 全部 · 待付款 · 待发货 · 待收货 · 已完成 · 已取消
  const tab = isShopperOrderTab(query.tab) ? query.tab : "all"
  const tabOf = new Map(all.map((o) => [o.id, shopperOrderTab(o)]))
  const countOf = (t: (typeof SHOPPER_ORDER_TABS)[number]) => (t === "all" ? all.length : all.filter((o) => tabOf.get(o.id) === t).length)
  const orders = tab === "all" ? all : all.filter((o) => tabOf.get(o.id) === tab)
  const name = `${customer.last_name ?? ""}${customer.first_name ?? ""}`.trim() || customer.email || customer.phone || ""
  // an account made by a mobile login has the mobile and no e-mail
  const mobileAccount = !customer.email && Boolean(customer.phone)

  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeading sub={customer.email ?? customer.phone ?? undefined}>{interpolate(dict.account.hello, { name })}</PageHeading>
        <form action={logOut}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded-full px-4 py-2 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">
            {dict.account.logout}
          </button>
        </form>
      </div>

      {membership?.kind === "member" ? (
        <nav aria-label={dict.institution.menu} className="mb-6">
          <Link
            href={localizedHref(locale, "/institution")}
            className="flex flex-wrap items-center justify-between gap-2 rounded-2xl bg-brand-50 p-4 ring-1 ring-brand-200 hover:bg-brand-100 sm:p-5"
            data-testid="institution-entry"
          >
            <span className="text-lg font-bold text-brand-800">{dict.institution.menu}</span>
            <span className="text-sm text-earth-700">{membership.institution.name}</span>
          </Link>
        </nav>
      ) : null}

      <section aria-labelledby="orders-title" className="rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
        <h2 id="orders-title" className="text-lg font-bold text-earth-900">
          {dict.account.orders}
        </h2>
        {all.length ? (
          <nav aria-label={dict.account.orderTabs} className="-mx-1 mt-3 flex gap-2 overflow-x-auto px-1 pb-1">
            {SHOPPER_ORDER_TABS.map((t) => (
              <Link
                key={t}
                href={t === "all" ? localizedHref(locale, "/account") : `${localizedHref(locale, "/account")}?tab=${t}`}
                aria-current={t === tab ? "page" : undefined}
                className={
                  "inline-flex min-h-10 shrink-0 items-center gap-1 rounded-full px-4 text-sm font-semibold " +
                  (t === tab ? "bg-brand-700 text-white" : "text-earth-800 ring-1 ring-earth-200 hover:bg-earth-50")
                }
              >
                {SHOPPER_ORDER_TAB_LABELS[t][locale]}
                <span className={t === tab ? "text-white/90" : "text-earth-600"}>{countOf(t)}</span>
                <LinkPending />
              </Link>
            ))}
          </nav>
        ) : null}
        {orders.length ? (
          <ul className="mt-3 divide-y divide-earth-100" data-testid="order-history">
            {orders.map((order) => (
              <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <p className="font-semibold text-earth-900">{interpolate(dict.account.orderNumber, { id: String(order.display_id ?? order.id) })}</p>
                  <p className="text-sm text-earth-600">
                    {new Date(order.created_at ?? Date.now()).toLocaleDateString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: KUNMING_TIME_ZONE })} ·{" "}
                    <span data-testid="order-tab">{SHOPPER_ORDER_TAB_LABELS[tabOf.get(order.id) ?? "to_ship"][locale]}</span> · {formatPrice(order.total ?? 0, locale)}
                  </p>
                </div>
                <Link
                  href={localizedHref(locale, `/account/orders/${order.id}`)}
                  className="rounded-full px-4 py-2 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50"
                >
                  {dict.account.viewOrder}
                  <span className="sr-only"> {interpolate(dict.account.orderNumber, { id: String(order.display_id ?? order.id) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-earth-700">{all.length ? dict.account.noOrdersInTab : dict.account.noOrders}</p>
        )}
      </section>

      {mobileAccount ? (
        <section aria-labelledby="mobile-password-title" className="mt-6 rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
          <h2 id="mobile-password-title" className="text-lg font-bold text-earth-900">
            {dict.account.setMobilePasswordTitle}
          </h2>
          <ClientStrings locale={locale} pick={MOBILE_PASSWORD_FORM_STRINGS}><MobilePasswordForm locale={locale} /></ClientStrings>
        </section>
      ) : null}

      <section aria-labelledby="claim-title" className="mt-6 rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
        <h2 id="claim-title" className="text-lg font-bold text-earth-900">
          {dict.account.claimTitle}
        </h2>
        <ClientStrings locale={locale} pick={CLAIM_ORDERS_FORM_STRINGS}><ClaimOrdersForm locale={locale} email={customer.email ?? ""} /></ClientStrings>
      </section>

      <section aria-labelledby="addresses-title" className="mt-6 rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
        <h2 id="addresses-title" className="text-lg font-bold text-earth-900">
          {dict.account.addresses}
        </h2>
        {customer.addresses?.length ? (
          <ul className="mt-3 space-y-2">
            {customer.addresses.map((a) => (
              <li key={a.id} className="flex items-start justify-between gap-3 rounded-xl bg-earth-50 p-3 text-sm">
                <p className="text-earth-800">
                  {a.last_name}
                  {a.first_name} · {a.phone}
                  <br />
                  {formatCnAddress(a)}
                </p>
                <form action={deleteAddress}>
                  <input type="hidden" name="address_id" value={a.id} />
                  <button type="submit" className="rounded-full px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50">
                    {dict.account.deleteAddress}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-earth-700">{dict.account.noAddresses}</p>
        )}
        <div className="mt-4">
          <ClientStrings locale={locale} pick={ADDRESS_BOOK_STRINGS}><AddAddressForm locale={locale} /></ClientStrings>
        </div>
      </section>
    </div>
  )
}
