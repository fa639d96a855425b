"use server"

import { refresh } from "next/cache"
import { RECEIPT_DECISIONS, type ReceiptDecision, type ReceiptLineInput, type StoreConfirmReceiptBody } from "@fupin/shared"
import { authHeaders } from "@/lib/data/cookies"
import { errorMessage } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { formLocale, getDictionary } from "@/lib/i18n"

/** 验收: a purchaser confirms one supplier shipment. The backend checks the role, the quantities and that it was not confirmed before. */

export interface ReceiptFormState {
  error: string | null
  done?: string
}

const WHOLE = /^\d+$/


export async function confirmReceipt(_prev: ReceiptFormState, formData: FormData): Promise<ReceiptFormState> {
  const dict = getDictionary(formLocale(formData)).institution
  const orderId = String(formData.get("order_id") ?? "")
  const fulfillmentId = String(formData.get("fulfillment_id") ?? "")
  const decision = String(formData.get("decision") ?? "")
  const lines: ReceiptLineInput[] = []
  for (const lineId of formData.getAll("line_item_id").map(String)) {
    const received = String(formData.get(`received:${lineId}`) ?? "").trim()
    const damaged = String(formData.get(`damaged:${lineId}`) ?? "0").trim() || "0"
    // the browser's number inputs keep these whole; anything else goes to the backend, which names the field
    lines.push({
      line_item_id: lineId,
      received_quantity: WHOLE.test(received) ? Number(received) : (received as unknown as number),
      damaged_quantity: WHOLE.test(damaged) ? Number(damaged) : (damaged as unknown as number),
    })
  }
  const photo = String(formData.get("photo_url") ?? "").trim()
  const body: StoreConfirmReceiptBody = {
    decision: ((RECEIPT_DECISIONS as readonly string[]).includes(decision) ? decision : decision || "accepted") as ReceiptDecision,
    lines,
    note: String(formData.get("note") ?? "").trim() || null,
    photo_url: photo || null,
  }
  try {
    await getSdk().client.fetch(`/store/institution/orders/${encodeURIComponent(orderId)}/shipments/${encodeURIComponent(fulfillmentId)}/receipt`, {
      method: "POST",
      headers: await authHeaders(),
      body,
      cache: "no-store",
    })
  } catch (error) {
    return { error: errorMessage(error, dict.receiptFailed).replace(/^Invalid request:\s*/, "") }
  }
  refresh()
  return { error: null, done: dict.receiptSaved }
}
