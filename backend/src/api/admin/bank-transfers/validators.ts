import { z } from "@medusajs/framework/zod"

/**
 * Yuan with at most two decimals, as a JSON number or a string: never rounded
 * to fit. Custom messages reach the caller without zod's path, so each names its field.
 */
const yuan = (field: string) =>
  z.union([z.number(), z.string().trim()]).superRefine((v, ctx) => {
    const text = typeof v === "number" ? String(v) : v
    // up to ¥10 billion: far above any transfer, and exact in whole fen
    if (!/^\d+(\.\d{1,2})?$/.test(text) || Number(text) <= 0 || Number(text) > 1e10) {
      ctx.addIssue({ code: "custom", message: `${field}: 金额须为大于 0、最多两位小数的元 / an amount in yuan above 0 with at most two decimals` })
    }
  })

const text = (max: number) => z.string().trim().min(1).max(max)

export const AdminCreateBankTransfer = z
  .object({
    amount: yuan("amount"),
    received_at: z
      .string()
      .trim()
      .superRefine((s, ctx) => {
        if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) || Number.isNaN(Date.parse(s))) {
          ctx.addIssue({ code: "custom", message: "received_at: 到账日期格式应为 2026-12-02 / a date like 2026-12-02" })
        } else if (Date.parse(s) > Date.now() + 24 * 3600 * 1000) {
          ctx.addIssue({ code: "custom", message: "received_at: 到账日期不能在将来 / cannot be in the future" })
        }
      }),
    payer_name: text(100),
    payer_account: z.string().trim().regex(/^[\d -]{6,40}$/, "payer_account: 付款账号应为 6–40 位数字 / 6 to 40 digits"),
    bank_reference: text(64),
    note: z.string().trim().max(500).nullish(),
    allocations: z
      .array(z.object({ order_id: text(100), amount: yuan("allocations.amount") }).strict())
      .min(1, "allocations: 至少分配给一个订单 / allocate to at least one order")
      .max(50),
  })
  .strict()
export type AdminCreateBankTransferType = z.infer<typeof AdminCreateBankTransfer>

export const AdminListBankTransfers = z
  .object({
    limit: z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number().int().min(1).max(100).optional().default(20)),
    offset: z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number().int().min(0).optional().default(0)),
    order_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type AdminListBankTransfersType = z.infer<typeof AdminListBankTransfers>
