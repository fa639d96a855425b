import "server-only"

import type { Locale } from "@fupin/shared"
import type { NestedKeyOf } from "next-intl"
import { getDictionary, type Dictionary } from "./index"
import { getPortalDictionary, type SupplierPortalDictionary } from "./supplier-portal"
import { listsDictionary, type ListsDictionary } from "@/modules/institution/lists/i18n"
import { onboardingDictionary, type OnboardingDictionary } from "@/modules/institution/members/i18n"
import { quotesDictionary, type QuotesDictionary } from "@/modules/institution/quotes/i18n"

/**
 * Every UI string of a locale as next-intl messages: the shop's dictionary and, under their own
 * namespaces, the producer portal's and the institution portal's feature folders' (lists, members, quotes).
 */
export type Messages = Dictionary & {
  supplierPortal: SupplierPortalDictionary
  institutionLists: ListsDictionary
  institutionMembers: OnboardingDictionary
  institutionQuotes: QuotesDictionary
}

const all = new Map<Locale, Messages>()

export function messagesFor(locale: Locale): Messages {
  const cached = all.get(locale)
  if (cached) return cached
  const messages: Messages = {
    ...getDictionary(locale),
    supplierPortal: getPortalDictionary(locale),
    institutionLists: listsDictionary(locale),
    institutionMembers: onboardingDictionary(locale),
    institutionQuotes: quotesDictionary(locale),
  }
  all.set(locale, messages)
  return messages
}

/** A dotted path into the messages: a namespace ("checkout") or one string ("institution.submit"); a typo does not compile. */
export type MessagePath = NestedKeyOf<Messages>

type Tree = { [key: string]: string | Tree }

const picked = new Map<string, Tree>()

/**
 * The part of a locale's messages under these paths, nested as in the full messages, so a client
 * component's `useTranslations("institution")` finds `t("submit")`. Memoised per locale and list:
 * the same object for every island of a page, which React's payload then carries once.
 * Throws on a path that names nothing: a typo would otherwise show the key to the user.
 */
export function pickMessages(locale: Locale, paths: readonly MessagePath[]): Tree {
  const cacheKey = `${locale}\n${paths.join("\n")}`
  const hit = picked.get(cacheKey)
  if (hit) return hit
  const source = messagesFor(locale) as unknown as Tree
  const out: Tree = {}
  for (const path of paths) {
    const parts = path.split(".")
    let from: string | Tree | undefined = source
    let to = out
    parts.forEach((part, i) => {
      if (typeof from !== "object" || !(part in from)) throw new Error(`No UI string or namespace "${path}" in the ${locale} messages`)
      from = from[part]
      if (i === parts.length - 1) to[part] = from!
      else to = (typeof to[part] === "object" ? to[part] : (to[part] = {})) as Tree
    })
  }
  picked.set(cacheKey, out)
  return out
}
