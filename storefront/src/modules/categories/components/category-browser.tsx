"use client"

import Link from "next/link"
import { useEffect, useState } from "react"
import { CategoryTile } from "./category-tile"

export interface BrowserKind {
  handle: string
  name: string
  href: string
  picture: string | null
  countLabel: string
}

export interface BrowserGroup {
  handle: string
  name: string
  /** the group's own page: every product of its kinds */
  href: string
  viewAllLabel: string
  kindsLabel: string
  kinds: BrowserKind[]
}

/**
 * The 分类 page the way phone shoppers know it (Taobao, JD): the groups in a column
 * on the left, the chosen group's kinds as tiles on the right. The chosen group is
 * in the fragment (/zh/categories#meat), so the home page's grid can open it and the
 * page itself stays one URL for every shopper.
 */
export function CategoryBrowser({ groups, groupsLabel }: { groups: BrowserGroup[]; groupsLabel: string }) {
  const [chosen, setChosen] = useState(groups[0]?.handle ?? "")
  useEffect(() => {
    const pick = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1))
      if (groups.some((g) => g.handle === hash)) setChosen(hash)
    }
    pick()
    window.addEventListener("hashchange", pick)
    return () => window.removeEventListener("hashchange", pick)
  }, [groups])

  const choose = (handle: string) => {
    setChosen(handle)
    window.history.replaceState(null, "", `#${encodeURIComponent(handle)}`)
  }

  return (
    <div className="flex min-h-[60vh] overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-earth-100">
      <div role="tablist" aria-label={groupsLabel} aria-orientation="vertical" className="w-24 shrink-0 bg-earth-50 sm:w-44">
        {groups.map((g) => {
          const active = g.handle === chosen
          return (
            <button
              key={g.handle}
              type="button"
              role="tab"
              id={`tab-${g.handle}`}
              aria-selected={active}
              aria-controls={`panel-${g.handle}`}
              tabIndex={active ? 0 : -1}
              onClick={() => choose(g.handle)}
              onKeyDown={(e) => {
                const i = groups.findIndex((x) => x.handle === g.handle)
                const next = e.key === "ArrowDown" ? groups[i + 1] : e.key === "ArrowUp" ? groups[i - 1] : undefined
                if (!next) return
                e.preventDefault()
                choose(next.handle)
                document.getElementById(`tab-${next.handle}`)?.focus()
              }}
              className={
                "relative block w-full px-2 py-4 text-center text-sm leading-snug sm:px-4 sm:text-left sm:text-base " +
                (active
                  ? "bg-white font-bold text-brand-700 before:absolute before:inset-y-3 before:left-0 before:w-1 before:rounded-r before:bg-brand-600"
                  : "text-earth-700 hover:text-brand-700")
              }
            >
              {g.name}
            </button>
          )
        })}
      </div>
      {groups.map((g) => (
        <section
          key={g.handle}
          role="tabpanel"
          id={`panel-${g.handle}`}
          aria-labelledby={`tab-${g.handle}`}
          hidden={g.handle !== chosen}
          className="min-w-0 flex-1 p-3 sm:p-5"
        >
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 className="text-base font-bold text-earth-900 sm:text-lg">{g.kindsLabel}</h2>
            <Link href={g.href} className="shrink-0 text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
              {g.viewAllLabel} ›
            </Link>
          </div>
          <ul className="grid grid-cols-3 gap-x-2 gap-y-4 sm:grid-cols-4 lg:grid-cols-6">
            {g.kinds.map((k) => (
              <li key={k.handle}>
                <CategoryTile href={k.href} name={k.name} picture={k.picture} shape="kind" sub={k.countLabel} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
