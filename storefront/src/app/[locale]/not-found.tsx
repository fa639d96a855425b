import { currentLocale } from "@/lib/i18n/current"
import { NotFoundContent } from "@/modules/common/components/not-found-content"

/**
 * The 404 of last resort under /zh or /en: each group ((shop), (institution), (supplier)) has its
 * own, inside its chrome, so this one shows only when a group's layout itself calls notFound(). It
 * brings no chrome of its own on purpose: React's payload of every page carries this element, and
 * a whole header and footer here cost each page about 7 kB.
 */
export default async function LocaleNotFound() {
  const locale = await currentLocale()
  return (
    <main id="main-content" className="flex-1">
      <NotFoundContent locale={locale} />
    </main>
  )
}
