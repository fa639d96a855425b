import type { MedusaContainer } from "@medusajs/framework/types"
import { remindExpiringQuotes } from "../lib/institution/quote-notices"

/** Every hour: an answered quote that runs out within a day, and is still open, is recalled to the member who asked. */
export default async function quoteExpiryRemindersJob(container: MedusaContainer): Promise<number> {
  return (await remindExpiringQuotes(container)).length
}

export const config = {
  name: "quote-expiry-reminders",
  schedule: "0 * * * *",
}
