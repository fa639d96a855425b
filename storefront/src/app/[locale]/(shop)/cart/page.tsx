import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { retrieveCart } from "@/lib/data/cart"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { CartLines, CartTotals, EmptyCart } from "@/modules/cart/components/cart-view"
import { PageHeading } from "@/modules/common/components/page-heading"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).cart.title, robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const cart = await retrieveCart()
  const hasItems = (cart?.items?.length ?? 0) > 0

  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading>{dict.cart.title}</PageHeading>
      {cart && hasItems ? (
        <div className="grid gap-6 md:grid-cols-[1fr_18rem]">
          <section aria-label={dict.cart.title} className="rounded-2xl bg-white px-4 ring-1 ring-earth-100 sm:px-6">
            <CartLines cart={cart} locale={locale} editable />
          </section>
          <aside className="h-fit rounded-2xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
            <CartTotals cart={cart} locale={locale} shippingKnown={(cart.shipping_methods?.length ?? 0) > 0} />
            <Link
              href={localizedHref(locale, "/checkout")}
              className="mt-5 flex w-full items-center justify-center rounded-full bg-brand-600 px-6 py-3 text-base font-semibold text-white hover:bg-brand-700"
            >
              {dict.cart.checkout}
            </Link>
            <Link href={localizedHref(locale, "/products")} className="mt-3 block text-center text-sm font-medium text-brand-700 underline underline-offset-4">
              {dict.cart.continue}
            </Link>
          </aside>
        </div>
      ) : (
        <EmptyCart locale={locale} />
      )}
    </div>
  )
}
