/**
 * A STAND-IN for Stripe's HTTP API (not Stripe, not stripe-mock): a node:http
 * server on 127.0.0.1 that keeps payment intents in memory, so the payment
 * providers can be tested offline. The Stripe SDK is pointed at it with
 * STRIPE_API_BASE (host/port/protocol options). It implements only what the
 * providers call: create / retrieve / update / cancel payment intents and
 * create refunds, in Stripe's JSON shapes and form-encoded requests.
 */
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

export type StandInIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_received: number
  amount_capturable: number
  currency: string
  status: "requires_payment_method" | "requires_action" | "processing" | "succeeded" | "canceled"
  capture_method: string
  client_secret: string
  payment_method_types: string[]
  payment_method_options: Record<string, unknown>
  metadata: Record<string, string>
  last_payment_error: null | { message: string }
  description: string | null
  created: number
  livemode: false
}

export type StandInRequest = { method: string; path: string; params: Record<string, unknown>; idempotencyKey?: string }

/** Stripe's form encoding (`metadata[session_id]=…`, `payment_method_types[0]=…`) back into objects. */
export function parseStripeForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter(Boolean)
    let node: Record<string, unknown> | unknown[] = out
    path.forEach((part, i) => {
      const last = i === path.length - 1
      const nextIsIndex = /^\d+$/.test(path[i + 1] ?? "")
      const slot = node as Record<string, unknown>
      if (last) slot[part] = value
      else node = (slot[part] ??= nextIsIndex ? [] : {}) as Record<string, unknown>
    })
  }
  return out
}

export class StripeApiStandIn {
  readonly intents = new Map<string, StandInIntent>()
  readonly requests: StandInRequest[] = []
  private server?: Server
  private seq = 0
  private readonly byIdempotencyKey = new Map<string, string>()

  /** Starts on a free loopback port; returns the base URL for STRIPE_API_BASE. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(([status, body]) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": `req_standin_${this.seq}` })
        res.end(JSON.stringify(body))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  /** The shopper paid in the Alipay / WeChat app: the intent succeeds, as Stripe would report it. */
  succeed(id: string): StandInIntent {
    const intent = this.mustGet(id)
    Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
    return intent
  }

  /** The intent a Medusa payment session created (by its metadata.session_id). */
  intentOfSession(sessionId: string): StandInIntent | undefined {
    return [...this.intents.values()].find((i) => i.metadata.session_id === sessionId)
  }

  private mustGet(id: string): StandInIntent {
    const intent = this.intents.get(id)
    if (!intent) throw new Error(`stand-in: no payment intent ${id}`)
    return intent
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    let raw = ""
    for await (const chunk of req) raw += chunk
    const url = new URL(req.url ?? "/", "http://stand-in")
    const params = req.method === "GET" ? parseStripeForm(url.searchParams.toString()) : parseStripeForm(raw)
    const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? undefined
    this.requests.push({ method: req.method ?? "GET", path: url.pathname, params, idempotencyKey })
    const notFound = (what: string): [number, unknown] => [
      404,
      { error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}` } },
    ]

    const m = url.pathname.match(/^\/v1\/payment_intents(?:\/([^/]+))?(?:\/(cancel|capture))?$/)
    if (m) {
      const [, id, action] = m
      if (!id && req.method === "POST") {
        const known = idempotencyKey && this.byIdempotencyKey.get(idempotencyKey)
        if (known) return [200, this.mustGet(known)]
        const intent: StandInIntent = {
          id: `pi_standin_${++this.seq}`,
          object: "payment_intent",
          amount: Number(params.amount),
          amount_received: 0,
          amount_capturable: 0,
          currency: String(params.currency),
          status: "requires_payment_method",
          capture_method: String(params.capture_method ?? "automatic"),
          client_secret: `pi_standin_${this.seq}_secret_standin`,
          payment_method_types: (params.payment_method_types as string[] | undefined) ?? ["card"],
          payment_method_options: (params.payment_method_options as Record<string, unknown> | undefined) ?? {},
          metadata: (params.metadata as Record<string, string> | undefined) ?? {},
          last_payment_error: null,
          description: (params.description as string | undefined) ?? null,
          created: Math.floor(Date.now() / 1000),
          livemode: false,
        }
        this.intents.set(intent.id, intent)
        if (idempotencyKey) this.byIdempotencyKey.set(idempotencyKey, intent.id)
        return [200, intent]
      }
      const intent = id ? this.intents.get(id) : undefined
      if (!intent) return notFound(`payment_intent: '${id}'`)
      if (req.method === "GET") return [200, intent]
      if (action === "cancel") {
        if (intent.status === "succeeded") {
          return [400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "already succeeded" } }]
        }
        intent.status = "canceled"
        return [200, intent]
      }
      if (action === "capture") {
        return [400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "nothing to capture" } }]
      }
      if (params.amount !== undefined) intent.amount = Number(params.amount)
      return [200, intent]
    }

    if (url.pathname === "/v1/refunds" && req.method === "POST") {
      const intent = this.intents.get(String(params.payment_intent))
      if (!intent) return notFound(`payment_intent: '${String(params.payment_intent)}'`)
      return [200, { id: `re_standin_${++this.seq}`, object: "refund", amount: Number(params.amount), payment_intent: intent.id, status: "succeeded" }]
    }

    return notFound(`route ${req.method} ${url.pathname} in the stand-in`)
  }
}
