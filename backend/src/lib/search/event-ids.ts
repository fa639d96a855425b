/** Event payloads carry `{ id }` (one entity) or, from some workflows, lists. */
export type EventIds = { id?: string | string[]; ids?: string[] }

/** The entity ids of an event payload. */
export function idsOf(data: EventIds | EventIds[] | undefined): string[] {
  const items = Array.isArray(data) ? data : data ? [data] : []
  return items.flatMap((d) => [...(Array.isArray(d.id) ? d.id : d.id ? [d.id] : []), ...(d.ids ?? [])])
}

