/**
 * What an update step's compensation must write back: the record's current
 * values of exactly the fields the update sets (undefined fields are not
 * touched by the update, so they are not restored either).
 */
export function previousValues<T extends { id: string }>(before: object, update: T): T {
  const previous: Record<string, unknown> = { id: update.id }
  for (const [key, value] of Object.entries(update)) {
    if (key !== "id" && value !== undefined) previous[key] = (before as Record<string, unknown>)[key]
  }
  return previous as T
}
