import { useTranslations } from "next-intl"
import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"
import { FormMessage } from "@/modules/common/components/field"

/** What saving a list came to: the backend's refusal, or the list saved and the way to the lists. */
export function SavedNote({ locale, error, done }: { locale: Locale; error: string | null | undefined; done: string | null | undefined }) {
  const t = useTranslations("institutionLists")
  if (error) return <FormMessage error={error} />
  if (!done) return null
  return (
    <p role="status" className="text-sm text-emerald-800" data-testid="save-list-done">
      {done}{" "}
      <Link href={localizedHref(locale, "/institution/lists")} className="font-semibold underline underline-offset-4">
        {t("viewLists")}
      </Link>
    </p>
  )
}
