import Stripe from "stripe"
import type { StripeCnOptions } from "../types"

/** A Stripe SDK client, pointed at `apiBase` when given (the tests' local stand-in). */
export function stripeClient(options: Pick<StripeCnOptions, "apiKey" | "apiBase">): Stripe {
  return new Stripe(options.apiKey, {
    ...(options.apiBase ? { host: options.apiBase.host, port: options.apiBase.port, protocol: options.apiBase.protocol } : {}),
    telemetry: false,
    maxNetworkRetries: 1,
  })
}

/** Currencies Stripe counts in whole units. */
const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"])

/** ¥12.34 → 1234 (fen), Stripe's smallest unit. */
export function toSmallestUnit(amount: number, currency: string): number {
  return ZERO_DECIMAL.has(currency.toLowerCase()) ? Math.round(amount) : Math.round(amount * 100)
}

export function fromSmallestUnit(amount: number, currency: string): number {
  return ZERO_DECIMAL.has(currency.toLowerCase()) ? amount : amount / 100
}
