type Direction = "ASC" | "DESC" | "asc" | "desc"
type Order = Record<string, unknown>

/**
 * A list's order made total: the route's order (?order=, or its default such as -created_at)
 * and then the id in the same direction. Rows that tie on the order (the demo writes many
 * rows in one transaction, so they share created_at) then fall on the same page every time:
 * without it, a page edge inside a tie may show one row twice and another never. Medusa's
 * ?order= takes one field; the id goes on in the route. A Medusa id is a ULID, so by id is
 * also by creation.
 */
export function totalOrder<T extends { order?: Order; skip?: number; take?: number | null }>(
  pagination: T | undefined,
  fallback: Order = { created_at: "DESC" }
): T & { order: Order } {
  const order = pagination?.order && Object.keys(pagination.order).length ? pagination.order : fallback
  const first = Object.values(order)[0]
  const direction: Direction = typeof first === "string" && /^(asc|desc)$/i.test(first) ? (first as Direction) : "ASC"
  return { ...(pagination ?? ({} as T)), order: "id" in order ? order : { ...order, id: direction } }
}
