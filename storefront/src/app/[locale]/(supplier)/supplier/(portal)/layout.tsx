import { notFound, redirect } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getPortalMe } from "@/lib/data/supplier-portal"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { PortalNav } from "@/modules/supplier-portal/components/portal-nav"
import { ReadOnlyBanner } from "@/modules/supplier-portal/components/read-only-banner"

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

/**
 * The portal proper, for members of an approved or suspended supplier. Nobody logged
 * in → the login page; a pending or rejected supplier → its application's status.
 */
export default async function PortalLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const me = await getPortalMe()
  if (!me) redirect(localizedHref(locale, "/supplier/login"))
  if (me.supplier.mode === "application") redirect(localizedHref(locale, "/supplier/application"))
  return (
    <>
      <PortalNav locale={locale} labels={getPortalDictionary(locale).nav} />
      {me.supplier.mode === "read_only" ? <ReadOnlyBanner locale={locale} reason={me.supplier.review_note} /> : null}
      <div className="mx-auto max-w-4xl px-4 py-5 print:p-0">{children}</div>
    </>
  )
}
