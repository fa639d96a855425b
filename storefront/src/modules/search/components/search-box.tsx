"use client"

import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { Suspense, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react"
import {
  formatCny,
  HTML_LANG,
  KUNMING_COUNTIES,
  SEARCH_QUERY_MAX_LENGTH,
  type Locale,
  type SearchSuggestion,
  type StoreSearchSuggestResponse,
} from "@fupin/shared"
import { localizedHref, productHref } from "@/lib/i18n/paths"
import { resolveImageUrl } from "@/lib/util/product"
import { highlightRuns } from "../lib/highlight"
import { queryHref } from "../lib/search-url"
import { HighlightedText } from "./highlighted-text"

/** Wait this long after the last keystroke before asking for suggestions. */
const DEBOUNCE_MS = 150

export interface SearchBoxLabels {
  landmark: string
  label: string
  placeholder: string
  submit: string
  suggestions: string
  suggestionsCount: string
  noSuggestions: string
}

interface Props {
  locale: Locale
  labels: SearchBoxLabels
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" className="h-5 w-5" aria-hidden="true" focusable="false">
      <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="m16 16 4.5 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

function countyName(countyZh: string | null, locale: Locale): string | null {
  if (!countyZh || locale === "zh") return countyZh
  const county = KUNMING_COUNTIES.find((c) => c.name_zh === countyZh || c.short_zh === countyZh)
  return county ? (county.name_en.split(" ")[0] ?? county.name_en) : countyZh
}

/**
 * The header's product search: an ARIA 1.2 combobox (input + listbox) with instant
 * suggestions. ArrowDown/ArrowUp move through them, Enter opens the chosen product or
 * searches, Escape closes the list (or clears the box). Without JavaScript the form
 * still submits to /[locale]/search?q=….
 */
function Combobox({ locale, labels, urlQuery }: Props & { urlQuery: string }) {
  const router = useRouter()
  const id = useId()
  const inputId = `${id}-q`
  const listId = `${id}-list`
  const optionId = (index: number) => `${id}-opt-${index}`

  // The input is uncontrolled: React would otherwise wipe what a shopper typed before the
  // page became interactive. `value` mirrors it for rendering.
  const [value, setValue] = useState(urlQuery)
  const [suggestions, setSuggestions] = useState<SearchSuggestion[]>([])
  /** the query the suggestions answer; null before any answer */
  const [answered, setAnswered] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const request = useRef<AbortController | null>(null)

  const input = useRef<HTMLInputElement>(null)

  /** set once hydrated: journeys wait for it before typing */
  const [ready, setReady] = useState(false)

  useEffect(() => {
    setReady(true)
    // Text typed before the page became interactive: take it over and suggest for it.
    const typed = input.current?.value ?? ""
    if (typed !== urlQuery) {
      setValue(typed)
      setOpen(document.activeElement === input.current)
      schedule(typed)
    }
    return () => {
      clearTimeout(timer.current)
      request.current?.abort()
    }
    // once, on mount: later changes arrive through onChange
  }, [])

  // Follow the URL: another search, back and forward.
  const seenUrlQuery = useRef(urlQuery)
  useEffect(() => {
    if (seenUrlQuery.current === urlQuery) return
    seenUrlQuery.current = urlQuery
    if (input.current) input.current.value = urlQuery
    setValue(urlQuery)
    reset()
  }, [urlQuery])

  const expanded = open && suggestions.length > 0 && value.trim() !== ""

  function reset() {
    setSuggestions([])
    setAnswered(null)
    setActive(-1)
  }

  function schedule(next: string) {
    clearTimeout(timer.current)
    request.current?.abort()
    const q = next.trim()
    if (!q || q.length > SEARCH_QUERY_MAX_LENGTH) {
      reset()
      return
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController()
      request.current = controller
      try {
        const response = await fetch(`/api/search-suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        const body = response.ok ? ((await response.json()) as StoreSearchSuggestResponse) : null
        if (controller.signal.aborted) return
        setSuggestions(body?.suggestions ?? [])
        setAnswered(q)
        setActive(-1)
      } catch {
        if (controller.signal.aborted) return
        // No suggestions is not an error the shopper must act on: Enter still searches.
        setSuggestions([])
        setAnswered(q)
        setActive(-1)
      }
    }, DEBOUNCE_MS)
  }

  function close() {
    setOpen(false)
    setActive(-1)
  }

  function choose(suggestion: SearchSuggestion) {
    close()
    router.push(productHref(locale, suggestion.handle))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = value.trim()
    if (!q) return
    const chosen = expanded && active >= 0 ? suggestions[active] : undefined
    if (chosen) return choose(chosen)
    close()
    router.push(queryHref(locale, q))
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const n = suggestions.length
    switch (event.key) {
      case "ArrowDown":
        if (!n) return
        event.preventDefault()
        setOpen(true)
        setActive((i) => (!expanded || i >= n - 1 ? 0 : i + 1))
        break
      case "ArrowUp":
        if (!n) return
        event.preventDefault()
        setOpen(true)
        setActive((i) => (!expanded || i <= 0 ? n - 1 : i - 1))
        break
      case "Escape":
        event.preventDefault()
        if (expanded) close()
        else {
          if (input.current) input.current.value = ""
          setValue("")
          schedule("")
        }
        break
      case "Tab":
        close()
        break
    }
  }

  const activeSuggestion = expanded && active >= 0 ? suggestions[active] : undefined
  const status =
    open && answered !== null && answered === value.trim()
      ? suggestions.length
        ? labels.suggestionsCount.replace("{count}", String(suggestions.length))
        : labels.noSuggestions
      : ""

  return (
    <form
      role="search"
      aria-label={labels.landmark}
      action={localizedHref(locale, "/search")}
      method="get"
      onSubmit={onSubmit}
      data-ready={ready ? "true" : undefined}
      className="relative w-full"
    >
      <label htmlFor={inputId} className="sr-only">
        {labels.label}
      </label>
      <div className="flex h-10 items-center rounded-full border border-earth-200 bg-white pl-3.5 text-earth-600 focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-200">
        <SearchIcon />
        <input
          ref={input}
          id={inputId}
          name="q"
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeSuggestion ? optionId(active) : undefined}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={labels.placeholder}
          defaultValue={urlQuery}
          onChange={(event) => {
            setValue(event.target.value)
            setOpen(true)
            schedule(event.target.value)
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
          // 16px text: phones do not zoom into the field
          className="h-full min-w-0 flex-1 bg-transparent px-2 text-base text-earth-900 placeholder:text-earth-600 focus:outline-none [&::-webkit-search-cancel-button]:hidden"
        />
        <button
          type="submit"
          className="h-full shrink-0 rounded-r-full bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline-offset-0"
        >
          {labels.submit}
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.suggestions}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-30 mt-1.5 max-h-[min(70vh,28rem)] overflow-y-auto rounded-2xl bg-white py-1.5 shadow-lg ring-1 ring-earth-200"
      >
        {suggestions.map((suggestion, index) => {
          const runs = highlightRuns(suggestion.title, suggestion.highlight)
          const county = countyName(suggestion.county_zh, locale)
          const english = locale === "en" && suggestion.title_en
          return (
            <li
              key={suggestion.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // keep focus in the input while clicking, so the list does not close first
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(suggestion)}
              onMouseMove={() => index !== active && setActive(index)}
              className={
                "flex cursor-pointer items-center gap-3 px-3 py-2 " + (index === active ? "bg-brand-50" : "hover:bg-earth-50")
              }
            >
              <img
                src={resolveImageUrl(suggestion.thumbnail)}
                alt=""
                width={40}
                height={40}
                loading="lazy"
                decoding="async"
                className="h-10 w-10 shrink-0 rounded-md bg-earth-50 object-cover"
              />
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="truncate text-sm font-medium text-earth-900">
                  {english ? suggestion.title_en : <HighlightedText runs={runs} />}
                </span>
                <span className="truncate text-xs text-earth-700">
                  {english ? (
                    <span lang="zh-CN" className="mr-1.5">
                      <HighlightedText runs={runs} />
                    </span>
                  ) : null}
                  {county}
                </span>
              </span>
              {suggestion.price_min !== null ? (
                <span className="shrink-0 text-sm font-semibold text-brand-700">{formatCny(suggestion.price_min, HTML_LANG[locale])}</span>
              ) : null}
            </li>
          )
        })}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
    </form>
  )
}

function WithUrlQuery(props: Props) {
  const pathname = usePathname()
  const params = useSearchParams()
  const onSearchPage = pathname === localizedHref(props.locale, "/search")
  return <Combobox {...props} urlQuery={onSearchPage ? (params?.get("q") ?? "") : ""} />
}

/** The search box; on the results page it shows the query being searched. */
export function SearchBox(props: Props) {
  return (
    <Suspense fallback={<Combobox {...props} urlQuery="" />}>
      <WithUrlQuery {...props} />
    </Suspense>
  )
}
