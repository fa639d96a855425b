import { z } from "@medusajs/framework/zod"
import { MAX_QUOTE_LINES, MAX_QUOTE_NOTE_LENGTH, QUOTE_STATUSES } from "@fupin/shared"

const int = (min: number, max: number, fallback: number) =>
  z.preprocess((v) => (v === undefined || v === "" ? fallback : typeof v === "string" ? Number(v) : v), z.number().int().min(min).max(max))

export const AdminListQuotes = z
  .object({ status: z.enum(QUOTE_STATUSES).optional(), limit: int(1, 100, 20), offset: int(0, 100_000_000, 0) })
  .strict()
export type AdminListQuotesType = z.infer<typeof AdminListQuotes>
export const AdminGetQuote = z.object({}).strict()

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** YYYY-MM-DD is the end of that day in Beijing time (23:59:59 +08:00); otherwise an ISO date-time. */
export function validUntilOf(value: string): Date | null {
  const at = DAY.test(value) ? new Date(`${value}T23:59:59.999+08:00`) : new Date(value)
  return Number.isNaN(at.getTime()) ? null : at
}

const twoDecimals = (v: number) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6

export const AdminAnswerQuote = z
  .object({
    lines: z
      .array(
        z
          .object({
            id: z.string().trim().min(1).max(100),
            unit_price: z
              .number({ message: "lines.unit_price: 单价必须是数字 / unit_price must be a number" })
              .positive("lines.unit_price: 单价必须大于 0 / unit_price must be above 0")
              .max(10_000_000)
              .refine(twoDecimals, "lines.unit_price: 单价最多两位小数 / at most two decimals"),
          })
          .strict()
      )
      .min(1, "lines: 每一行都要报价 / every line needs a price")
      .max(MAX_QUOTE_LINES),
    valid_until: z
      .string()
      .trim()
      .refine((v) => validUntilOf(v) !== null, "valid_until: 有效期须为日期（YYYY-MM-DD）/ valid_until must be a date (YYYY-MM-DD)"),
    note: z.string().trim().max(MAX_QUOTE_NOTE_LENGTH).optional(),
    shipping_total: z
      .number({ message: "shipping_total: 运费必须是数字 / shipping_total must be a number" })
      .min(0, "shipping_total: 运费不能为负 / shipping_total cannot be below 0")
      .max(1_000_000, "shipping_total: 运费过高 / shipping_total is too high")
      .refine(twoDecimals, "shipping_total: 运费最多两位小数 / at most two decimals")
      .optional(),
  })
  .strict()
export type AdminAnswerQuoteType = z.infer<typeof AdminAnswerQuote>
