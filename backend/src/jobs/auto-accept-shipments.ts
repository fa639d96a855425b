import type { MedusaContainer } from "@medusajs/framework/types"
import { autoAcceptShipments } from "../lib/receiving/auto-accept"

/** Hourly: supplier shipments of institution orders that nobody confirmed within RECEIPT_AUTO_ACCEPT_DAYS are accepted in full. */
export default async function autoAcceptShipmentsJob(container: MedusaContainer): Promise<string[]> {
  return autoAcceptShipments(container)
}

export const config = {
  name: "auto-accept-shipments",
  schedule: "20 * * * *",
}
