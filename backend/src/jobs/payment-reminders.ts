import type { MedusaContainer } from "@medusajs/framework/types"
import { remindOverduePayments } from "../lib/settlement/reminders"

/** Daily at 09:00 Beijing: institutions on 账期 with orders past their due date are reminded, and the operators get the list. */
export default async function paymentRemindersJob(container: MedusaContainer): Promise<number> {
  return (await remindOverduePayments(container)).length
}

export const config = {
  name: "payment-reminders",
  schedule: "0 1 * * *",
}
