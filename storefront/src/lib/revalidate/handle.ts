import { REVALIDATE_SECRET_HEADER } from "@fupin/shared"
import { timingSafeEqual } from "node:crypto"

/**
 * POST /api/revalidate, as a plain function of the request so it can be tested:
 * the backend sends `{ tags: string[] }` with the shared secret in x-revalidate-secret.
 */

const TAG = /^[\w:.-]{1,200}$/

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export interface RevalidateOutcome {
  status: number
  body: { revalidated?: string[]; message?: string }
}

export async function handleRevalidate(
  request: Request,
  secret: string | null,
  revalidate: (tag: string) => void
): Promise<RevalidateOutcome> {
  const given = request.headers.get(REVALIDATE_SECRET_HEADER) ?? ""
  if (!secret || !given || !sameSecret(given, secret)) {
    return { status: 401, body: { message: `${REVALIDATE_SECRET_HEADER} is missing or wrong` } }
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return { status: 400, body: { message: "body must be JSON: { tags: string[] }" } }
  }
  const tags = (body as { tags?: unknown } | null)?.tags
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > 100 || !tags.every((t) => typeof t === "string" && TAG.test(t))) {
    return { status: 400, body: { message: "tags: a non-empty list of cache tags such as \"products\" or \"product:xundian-dried-beef\"" } }
  }
  const unique = [...new Set(tags as string[])]
  unique.forEach((tag) => revalidate(tag))
  return { status: 200, body: { revalidated: unique } }
}
