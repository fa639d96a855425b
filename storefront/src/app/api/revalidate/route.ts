import { revalidateTag } from "next/cache"
import { NextResponse } from "next/server"
import { getOptionalConfig } from "@/lib/config"
import { handleRevalidate } from "@/lib/revalidate/handle"

/** The backend calls this when products, counties or impact change, so cached catalogue pages refresh. */
export async function POST(request: Request) {
  const { status, body } = await handleRevalidate(request, getOptionalConfig().revalidateSecret, (tag) =>
    revalidateTag(tag, { expire: 0 })
  )
  return NextResponse.json(body, { status })
}
