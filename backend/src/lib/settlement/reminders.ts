import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { formatCny, type InstitutionOrderPaymentDTO, kunmingToday } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { institutionOrderRows, people } from "../institution/portal"
import { orderPayment } from "./orders"

/**
 * 逾期提醒: once a day, every institution on 账期 with orders past their due
 * date and money still outstanding is reminded (its admins, by e-mail through
 * Medusa's notification module), and the operators get one list of them all.
 * The notification's idempotency key holds the Beijing date, so a second run on
 * the same day sends nothing again.
 */

export const PAYMENT_OVERDUE_TEMPLATE = "institution-payment-overdue"
export const PAYMENT_OVERDUE_OPERATOR_TEMPLATE = "operator-payments-overdue"

export type OverdueOrder = Pick<InstitutionOrderPaymentDTO, "order_id" | "display_id" | "outstanding"> & { due_date: string; days_overdue: number }
export type OverdueInstitution = { institution_id: string; name: string; orders: OverdueOrder[]; outstanding: number }

/** Every approved institution's overdue orders, now. */
export async function overduePayments(container: MedusaContainer): Promise<OverdueInstitution[]> {
  const institutions = await container
    .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    .listInstitutions({ status: "approved", payment_terms: "net" }, { take: null, select: ["id", "name"] })
  const out: OverdueInstitution[] = []
  for (const inst of institutions) {
    const orders = await institutionOrderRows<{ id: string; status: string; metadata: Record<string, unknown> | null }>(container, inst.id, ["id", "status", "metadata"])
    const overdue: OverdueOrder[] = []
    for (const o of orders.filter((o) => o.status !== "canceled")) {
      const p = await orderPayment(container, o.id)
      if (p?.terms.overdue && p.terms.due_date) {
        overdue.push({ order_id: p.order_id, display_id: p.display_id, outstanding: p.outstanding, due_date: p.terms.due_date, days_overdue: p.terms.days_overdue })
      }
    }
    if (overdue.length) {
      const outstanding = overdue.reduce((sum, o) => sum + Math.round(o.outstanding * 100), 0) / 100
      out.push({ institution_id: inst.id, name: inst.name, orders: overdue.sort((a, b) => a.due_date.localeCompare(b.due_date)), outstanding })
    }
  }
  return out
}

const lines = (orders: OverdueOrder[]) =>
  orders.map((o) => `#${o.display_id ?? o.order_id} ${formatCny(o.outstanding)}（应于 ${o.due_date.slice(0, 10)} 前付清，已逾期 ${o.days_overdue} 天 / ${o.days_overdue} days overdue）`).join("\n")

/** Sends today's reminders; returns the institutions reminded. */
export async function remindOverduePayments(container: MedusaContainer): Promise<OverdueInstitution[]> {
  const overdue = await overduePayments(container)
  if (!overdue.length) return []
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const today = kunmingToday()
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  for (const inst of overdue) {
    const admins = (await service.listInstitutionBuyers({ institution_id: inst.institution_id }, { take: null, select: ["customer_id", "roles"] })).filter((b) =>
      (b.roles as string[]).includes("admin")
    )
    const emails = [...(await people(container, admins.map((a) => a.customer_id))).values()].map((p) => p.email).filter((e): e is string => !!e)
    for (const to of emails) {
      try {
        await notifications.createNotifications({
          to,
          channel: "email",
          template: PAYMENT_OVERDUE_TEMPLATE,
          data: {
            subject: `${inst.name}：${inst.orders.length} 笔订单付款已逾期 / ${inst.orders.length} order(s) overdue`,
            institution: inst.name,
            orders: inst.orders,
            outstanding: inst.outstanding,
            text: `${inst.name}，以下订单已过付款期限，请尽快对公转账并注明付款参考号：\n${lines(inst.orders)}\n合计未付 ${formatCny(inst.outstanding)}。`,
          },
          idempotency_key: `payment-overdue:${inst.institution_id}:${to}:${today}`,
        })
      } catch (error) {
        logger.warn(`overdue reminder to ${to} failed: ${String(error)}`)
      }
    }
  }
  const operators = await container.resolve(Modules.USER).listUsers({}, { take: null, select: ["email"] })
  for (const { email } of operators) {
    if (!email) continue
    try {
      await notifications.createNotifications({
        to: email,
        channel: "email",
        template: PAYMENT_OVERDUE_OPERATOR_TEMPLATE,
        data: {
          subject: `${overdue.length} 个采购单位有逾期付款 / ${overdue.length} institution(s) with overdue payments`,
          institutions: overdue,
          text: overdue.map((i) => `${i.name}：合计未付 ${formatCny(i.outstanding)}\n${lines(i.orders)}`).join("\n\n"),
        },
        idempotency_key: `payments-overdue-operator:${email}:${today}`,
      })
    } catch (error) {
      logger.warn(`overdue list to operator ${email} failed: ${String(error)}`)
    }
  }
  return overdue
}
