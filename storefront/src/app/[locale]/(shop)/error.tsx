"use client"

import { useTranslations } from "next-intl"
import Link from "next/link"
import { useParams } from "next/navigation"
import { useEffect } from "react"
import { DEFAULT_LOCALE, isLocale } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"
import { ServiceUnavailable } from "@/modules/common/components/service-unavailable"

/** Shown when a shop page fails to render (typically: backend unreachable). Details go to the server log. */
export default function ShopError({ error, retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>()
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE
  const t = useTranslations()

  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <div className="px-4 py-14 sm:py-20">
      <ServiceUnavailable title={t("error.title")} body={t("error.body")} headingLevel={1}>
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-full bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("error.retry")}
        </button>
        <Link
          href={localizedHref(locale)}
          className="rounded-full px-5 py-2.5 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50"
        >
          {t("error.home")}
        </Link>
      </ServiceUnavailable>
    </div>
  )
}
