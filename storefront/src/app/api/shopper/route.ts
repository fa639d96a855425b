import { NextResponse } from "next/server"
import { cartItemCount } from "@/lib/data/cart"
import { getAuthToken } from "@/lib/data/cookies"
import { SHOPPER_HEADERS, shopperBody } from "@/lib/shopper"

/**
 * GET /api/shopper: this browser's login state and cart count, for the header and the
 * tab bar of the (static, shared) catalogue pages. Read from the httpOnly cookies;
 * `private, no-store`, so no cache ever hands one visitor's answer to another.
 */
export async function GET() {
  const [token, count] = await Promise.all([getAuthToken(), cartItemCount()])
  return NextResponse.json(shopperBody(token, count), { headers: SHOPPER_HEADERS })
}
