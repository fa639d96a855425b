import type { ReactNode } from "react"
import type { Locale, StoreInstitutionMeResponse } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { PortalNav, type PortalNavItem } from "../components/portal-nav"
import { roleNames } from "../lib/format"
import { listsDictionary } from "../lists/i18n"
import { quotesDictionary } from "../quotes/i18n"

/** The portal's frame: which institution and roles, and the tabs this member may use. */
export function PortalShell({ locale, me, children }: { locale: Locale; me: StoreInstitutionMeResponse; children: ReactNode }) {
  const dict = getDictionary(locale).institution
  const roles = me.member.roles
  const href = (path: string) => localizedHref(locale, `/institution${path}`)
  const items: PortalNavItem[] = [
    { href: href(""), label: dict.dashboard, exact: true },
    ...(roles.includes("purchaser") ? [{ href: href("/pad"), label: dict.pad }] : []),
    { href: href("/lists"), label: listsDictionary(locale).nav },
    { href: href("/quotes"), label: quotesDictionary(locale).nav },
    { href: href("/approvals"), label: dict.approvals },
    { href: href("/orders"), label: dict.orders },
    { href: href("/statements"), label: dict.statements },
    { href: href("/canteens"), label: dict.canteens },
    { href: href("/invoice"), label: dict.invoice.nav },
    // the members page (onboarding) lives in this route group too
    ...(roles.includes("admin") ? [{ href: href("/members"), label: dict.members }] : []),
  ]
  return (
    <div className="mx-auto max-w-6xl px-4 py-5 sm:px-6 sm:py-8">
      <div className="mb-4">
        <p className="text-sm font-semibold text-brand-700">{dict.portal}</p>
        <p className="text-base font-bold text-earth-900 sm:text-lg" data-testid="portal-member">
          {interpolate(dict.memberOf, { institution: me.institution.name, roles: roleNames(roles, locale) })}
        </p>
      </div>
      <PortalNav items={items} label={dict.nav} />
      <div className="pt-5 sm:pt-7">{children}</div>
    </div>
  )
}
