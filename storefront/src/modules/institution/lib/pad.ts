import { type PadVariantDTO, unitPriceAt } from "@fupin/shared"

/**
 * The order pad's state: an ordered list of lines, one per variant, changed only through
 * `padReducer`. A change to one line replaces that line's object and nothing else, so the
 * grid's memoised rows re-render only the row that changed (500 lines stay responsive).
 * Quantities are kept as typed (strings): nothing typed is lost, and a bad value is shown
 * with its reason instead of being silently corrected or capped.
 */

/** A pad line's product: what GET /store/institution/pad/variants answers per variant. */
export type PadItem = PadVariantDTO

/** Certified and on sale: a delisted line stays visible with its reason, never silently dropped. */
export function isSellable(item: PadItem): boolean {
  return item.certified && item.on_sale
}

/**
 * 再来一单 and 用此清单下单: earlier lines (SKU, quantity, title) against the variants as the pad
 * reads them today: the sellable ones go in at their quantities, the others (gone, off sale,
 * certificate lapsed) are named by the title they had.
 */
export function padLinesToday(
  lines: Array<{ sku: string | null; quantity: number; title: string }>,
  variants: PadItem[]
): { items: Array<{ item: PadItem; quantity: number }>; missing: string[] } {
  const items: Array<{ item: PadItem; quantity: number }> = []
  const missing: string[] = []
  for (const line of lines) {
    const variant = line.sku ? variants.find((v) => v.sku === line.sku) : undefined
    if (variant && isSellable(variant)) items.push({ item: variant, quantity: line.quantity })
    else missing.push(line.title || line.sku || "—")
  }
  return { items, missing }
}

export interface PadLine {
  item: PadItem
  /** as typed */
  quantity: string
  requested_delivery_date?: string
  canteen?: string
  /** the server's reason for refusing this line, until the line is changed */
  server_error?: string
}

export interface PadState {
  lines: PadLine[]
}

export type PadAction =
  | { type: "add"; items: Array<{ item: PadItem; quantity?: number; requested_delivery_date?: string; canteen?: string }>; mode: "add" | "set" }
  | { type: "quantity"; variant_id: string; quantity: string }
  | { type: "remove"; variant_id: string }
  | { type: "clear" }
  | { type: "load"; lines: PadLine[] }
  | { type: "server-errors"; errors: Record<string, string> }

export const EMPTY_PAD: PadState = { lines: [] }

/** The quantity a freshly added line starts with: the minimum, rounded up to whole packs. */
export function startQuantity(item: PadItem): number {
  const pack = Math.max(1, item.pack_size)
  return Math.ceil(Math.max(1, item.min_quantity) / pack) * pack
}

export function padReducer(state: PadState, action: PadAction): PadState {
  switch (action.type) {
    case "add": {
      const lines = state.lines.slice()
      const index = new Map(lines.map((l, i) => [l.item.variant_id, i]))
      for (const entry of action.items) {
        const at = index.get(entry.item.variant_id)
        const extras = {
          ...(entry.requested_delivery_date ? { requested_delivery_date: entry.requested_delivery_date } : {}),
          ...(entry.canteen ? { canteen: entry.canteen } : {}),
        }
        if (at === undefined) {
          index.set(entry.item.variant_id, lines.length)
          lines.push({ item: entry.item, quantity: String(entry.quantity ?? startQuantity(entry.item)), ...extras })
          continue
        }
        const current = lines[at]!
        // "set": a re-uploaded file says how many; "add" from search adds one more start quantity.
        const quantity =
          action.mode === "set"
            ? String(entry.quantity ?? startQuantity(entry.item))
            : String((parseQuantity(current.quantity) ?? 0) + (entry.quantity ?? startQuantity(entry.item)))
        lines[at] = { item: entry.item, quantity, ...extras }
      }
      return { lines }
    }
    case "quantity": {
      const at = state.lines.findIndex((l) => l.item.variant_id === action.variant_id)
      const current = state.lines[at]
      if (!current || current.quantity === action.quantity) return state
      const lines = state.lines.slice()
      const { server_error: _dropped, ...rest } = current
      lines[at] = { ...rest, quantity: action.quantity }
      return { lines }
    }
    case "remove":
      return { lines: state.lines.filter((l) => l.item.variant_id !== action.variant_id) }
    case "clear":
      return EMPTY_PAD
    case "load":
      return { lines: action.lines }
    case "server-errors": {
      if (!Object.keys(action.errors).length) return state
      return {
        lines: state.lines.map((l) => {
          const reason = action.errors[l.item.variant_id]
          return reason ? { ...l, server_error: reason } : l
        }),
      }
    }
  }
}

/** A whole number ≥ 1 as typed ("12", " 12 "), else null. No upper cap here: stock decides. */
export function parseQuantity(value: string): number | null {
  const trimmed = value.trim()
  if (!/^\d{1,9}$/.test(trimmed)) return null
  const n = Number(trimmed)
  return n >= 1 ? n : null
}

export type LineProblem =
  | { kind: "not-number" }
  | { kind: "below-min"; min: number }
  | { kind: "pack"; pack: number }
  | { kind: "stock"; stock: number }
  | { kind: "not-sellable" }
  | { kind: "server"; message: string }

/** Why a line cannot be ordered as it stands, or null. The server checks the same again. */
export function lineProblem(line: PadLine): LineProblem | null {
  if (!isSellable(line.item)) return { kind: "not-sellable" }
  const q = parseQuantity(line.quantity)
  if (q === null) return { kind: "not-number" }
  if (q < line.item.min_quantity) return { kind: "below-min", min: line.item.min_quantity }
  if (line.item.pack_size > 1 && q % line.item.pack_size !== 0) return { kind: "pack", pack: line.item.pack_size }
  if (line.item.stock !== null && q > line.item.stock) return { kind: "stock", stock: line.item.stock }
  if (line.server_error) return { kind: "server", message: line.server_error }
  return null
}

/** A line's total, or 0 while its quantity or price is unknown. Fen-exact (CNY has 2 decimals). */
export function lineTotal(line: PadLine): number {
  const q = parseQuantity(line.quantity)
  const price = lineUnitPrice(line)
  if (q === null || price === null) return 0
  return Math.round(price * 100 * q) / 100
}

/** The unit price this line will be charged: at its quantity, when the member's price lists have a quantity break (机构价). */
export function lineUnitPrice(line: PadLine): number | null {
  const q = parseQuantity(line.quantity)
  return unitPriceAt(line.item, q ?? 1)
}

export interface CountyTotal {
  /** "" for lines whose county is unknown */
  handle: string
  amount: number
}

/** The running total and its split by county, largest first. */
export function padTotals(lines: readonly PadLine[]): { total: number; counties: CountyTotal[]; problems: number } {
  let totalFen = 0
  let problems = 0
  const byCounty = new Map<string, number>()
  for (const line of lines) {
    if (lineProblem(line)) problems++
    const fen = Math.round(lineTotal(line) * 100)
    totalFen += fen
    const key = line.item.county_handle ?? ""
    byCounty.set(key, (byCounty.get(key) ?? 0) + fen)
  }
  const counties = [...byCounty.entries()]
    .filter(([, fen]) => fen > 0)
    .map(([handle, fen]) => ({ handle, amount: fen / 100 }))
    .sort((a, b) => b.amount - a.amount)
  return { total: totalFen / 100, counties, problems }
}

/** Where this browser keeps the draft, per member: nothing typed is lost on an error or reload. */
export function draftKey(memberId: string): string {
  return `fupin:institution-pad:${memberId}`
}

export function serializeDraft(state: PadState): string {
  return JSON.stringify({ v: 1, lines: state.lines })
}

/** Reads a stored draft back; anything unreadable is ignored rather than breaking the page. */
export function parseDraft(raw: string | null): PadLine[] {
  if (!raw) return []
  try {
    const parsed = JSON.parse(raw) as { v?: number; lines?: unknown }
    if (parsed.v !== 1 || !Array.isArray(parsed.lines)) return []
    return parsed.lines.filter(
      (l): l is PadLine =>
        typeof l === "object" &&
        l !== null &&
        typeof (l as PadLine).quantity === "string" &&
        typeof (l as PadLine).item?.variant_id === "string"
    )
  } catch {
    return []
  }
}
