import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale, MAX_LIST_LINES, MAX_LISTS_PER_INSTITUTION } from "@fupin/shared"
import { listInstitutionLists } from "@/lib/data/institution-lists"
import { interpolate } from "@/lib/i18n"
import { PageHeading } from "@/modules/common/components/page-heading"
import { card } from "@/modules/common/components/field"
import { hasRole, requireMember } from "@/modules/institution/lib/guard"
import { ListCard } from "@/modules/institution/lists/components/list-card"
import { listsDictionary } from "@/modules/institution/lists/i18n"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { LIST_CARD_STRINGS } from "@/modules/institution/lists/components/list-card.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: listsDictionary(locale).title, robots: { index: false } }
}

/** /zh/institution/lists: the institution's 常用清单; purchasers order from them, purchasers and admins keep them. */
export default async function ListsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const me = await requireMember(locale, "/institution/lists")
  const dict = listsDictionary(locale)
  const lists = await listInstitutionLists()
  const canEdit = hasRole(me, "purchaser") || hasRole(me, "admin")
  return (
    <div>
      <PageHeading sub={dict.intro}>{dict.title}</PageHeading>
      <p className="mb-4 text-sm text-earth-600">
        {interpolate(dict.limits, { lines: String(MAX_LIST_LINES), lists: String(MAX_LISTS_PER_INSTITUTION) })}
        {canEdit ? null : ` ${dict.readOnly}`}
      </p>
      {lists.length ? (
        <ul className="space-y-4" data-testid="institution-lists">
          {lists.map((l) => (
            <ClientStrings locale={locale} pick={LIST_CARD_STRINGS}>
              <ListCard key={l.id} list={l} locale={locale} canOrder={hasRole(me, "purchaser")} canEdit={canEdit} />
            </ClientStrings>
          ))}
        </ul>
      ) : (
        <p className={card + " text-earth-700"}>{dict.none}</p>
      )}
    </div>
  )
}
