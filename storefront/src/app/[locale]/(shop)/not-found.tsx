import { currentLocale } from "@/lib/i18n/current"
import { NotFoundContent } from "@/modules/common/components/not-found-content"

/** The localized 404 of a notFound() under this group (unknown products, paths, orders), inside the shop's header and footer (its layout's). */
export default async function NotFound() {
  return <NotFoundContent locale={await currentLocale()} />
}
