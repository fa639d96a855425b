import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { buttonPrimary, buttonSecondary, card } from "@/modules/common/components/field"
import { logOut } from "@/lib/actions/account"

/** What a logged-in shopper who is no member of an institution sees instead of the portal. */
export function PortalForbidden({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale).institution
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6 sm:py-16">
      <section className={card} aria-labelledby="forbidden-title" data-testid="institution-forbidden">
        <p className="text-sm font-semibold text-brand-700">403</p>
        <h1 id="forbidden-title" className="mt-1 text-2xl font-bold text-earth-900">
          {dict.forbiddenTitle}
        </h1>
        <p className="mt-3 leading-relaxed text-earth-700">{dict.forbiddenBody}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <form action={logOut}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={buttonPrimary}>
              {dict.forbiddenSwitch}
            </button>
          </form>
          <Link href={localizedHref(locale, "/products")} className={buttonSecondary + " py-3"}>
            {dict.forbiddenShop}
          </Link>
        </div>
      </section>
    </div>
  )
}
