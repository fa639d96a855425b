import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { PortalShell } from "@/modules/institution/templates/portal-shell"
import { membership } from "@/modules/institution/lib/guard"

/**
 * The members' pages: the portal's own navigation around them. Each page calls
 * requireMember first (redirect to login with its own path, or 403); this layout only
 * draws the navigation when the visitor is a member.
 */
export default async function PortalLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const outcome = await membership()
  if (outcome.kind !== "member") return <>{children}</>
  return (
    <PortalShell locale={locale} me={outcome}>
      {children}
    </PortalShell>
  )
}
