import { creditCodeCheckChar } from "@fupin/shared"
import { api, login } from "./backend"

/** The producer journeys' shared fixtures: a credit code nobody registered, and a picture to upload. */

/** A valid unified social credit code nobody has registered: a random body and its check character. */
export function freshCreditCode(): string {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
  let body = "93530129" // 93: farmers' cooperative; 530129: 寻甸县
  while (body.length < 17) body += alphabet[Math.floor(Math.random() * alphabet.length)]
  return body + creditCodeCheckChar(body)
}

/** A 1×1 PNG: what a phone's photo of a licence or a product is to the upload checks. */
export const PNG_1PX = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64")

/** The demo supplier 01 (寻甸牛干巴's) ships every line of its own in the order, by courier, through the producer portal's API. */
export async function shipAsDemoSupplier(orderId: string, tracking = "9800000000333") {
  const token = await login("supplier", "owner@supplier01.fupin.local")
  const { order } = await api<{ order: { lines: Array<{ id: string; quantity: number }> } }>(`/supplier/orders/${orderId}`, { token })
  await api(`/supplier/orders/${orderId}/fulfillments`, {
    token,
    body: {
      items: order.lines.map((l) => ({ line_item_id: l.id, quantity: l.quantity })),
      lot_number: "XD-2026-12-PJ",
      origin_village: "寻甸县柯渡镇 示例01村",
      carrier: "中国邮政",
      tracking_number: tracking,
    },
  })
}
