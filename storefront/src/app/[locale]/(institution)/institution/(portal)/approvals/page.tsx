import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getApproval, listApprovals } from "@/lib/data/institution"
import { getDictionary } from "@/lib/i18n"
import { requireMember } from "@/modules/institution/lib/guard"
import { Approvals } from "@/modules/institution/templates/approvals"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getDictionary(locale).institution.approvalsTitle, robots: { index: false } }
}

export default async function ApprovalsPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { done } = await searchParams
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, "/institution/approvals")
  const { approvals } = await listApprovals({ limit: 100 })
  // what each pending request would order, so the approver sees the goods on its card; a request
  // decided (or withdrawn) meanwhile, or a failed read, leaves its card without the list, not the page broken
  const pending = approvals.filter((a) => a.status === "pending")
  const details = await Promise.all(
    pending.map((a) =>
      getApproval(a.id).catch((error: unknown) => {
        console.error(`[storefront] lines of approval ${a.id} unavailable:`, error)
        return null
      })
    )
  )
  const linesOf = new Map(details.flatMap((d) => (d ? [[d.approval.id, d.items] as const] : [])))
  return <Approvals approvals={approvals} linesOf={linesOf} me={me} locale={locale} done={done === "approved" || done === "rejected" ? done : null} />
}
