import type { ExecArgs, IEventBusModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

const DRAIN_TIMEOUT_MS = 60_000

/** What the Redis event bus keeps of its BullMQ queue (not part of Medusa's public interface). */
type QueueCounts = { getJobCounts: (...states: string[]) => Promise<Record<string, number>> }

/**
 * Delivers `order.placed` again for the given orders, e.g. after a worker outage
 * lost some, and waits until the event queue has drained:
 *   npx medusa exec ./src/scripts/replay-order-placed.ts order_1 [order_2 …]
 * The order.placed subscribers (impact ledger, intent counters) are idempotent,
 * so an order already counted is not counted again. An id given twice is
 * delivered twice, at once. Run it with MEDUSA_WORKER_MODE=server where a worker
 * consumes the Redis queue, so the worker (not this process) handles the events.
 */
export default async function replayOrderPlaced({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ids = args.filter((a) => /^order_\w+$/.test(a))
  if (!ids.length || ids.length !== args.length) throw new Error("give order ids (order_…) as arguments, nothing else")

  const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
  await eventBus.emit(ids.map((id) => ({ name: "order.placed", data: { id } })))
  logger.info(`replay: order.placed emitted for ${ids.join(", ")}`)

  const queue = (eventBus as unknown as { queue_?: QueueCounts }).queue_
  if (!queue) {
    logger.info("replay: in-memory event bus, handled in this process")
    return
  }
  const deadline = Date.now() + DRAIN_TIMEOUT_MS
  for (;;) {
    const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children")
    const pending = Object.values(counts).reduce((n, c) => n + c, 0)
    if (!pending) break
    if (Date.now() > deadline) throw new Error(`replay: ${pending} events still queued after ${DRAIN_TIMEOUT_MS / 1000} s: is a worker running?`)
    await new Promise((r) => setTimeout(r, 200))
  }
  logger.info("replay: the event queue has drained")
}
