import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { ImpactBucket, ImpactSummary } from "@fupin/shared"
import ImpactEntry from "./models/impact-entry"

type Row = { key: string | null; label?: string | null; amount: string | number | null; orders: string | number; households: string | number; suppliers: string | number }

export interface ImpactFilters {
  county_handle?: string
  supplier_id?: string
  order_id?: string
  from?: Date
  to?: Date
}

const toBucket = (r: Row): ImpactBucket => ({
  key: r.key ?? "unknown",
  ...(r.label ? { label: r.label } : {}),
  amount: Math.round(Number(r.amount ?? 0) * 100) / 100,
  orders: Number(r.orders),
  households: Number(r.households),
  suppliers: Number(r.suppliers),
})

class ImpactModuleService extends MedusaService({ ImpactEntry }) {
  /**
   * Totals of the ledger by county, supplier, product kind and month. Households
   * are counted once per supplier whose net sales are positive, so two orders
   * from the same cooperative do not double its households, and a fully
   * reversed sale supports nobody.
   */
  @InjectManager()
  async summarize(filters: ImpactFilters = {}, @MedusaContext() sharedContext: Context = {}): Promise<ImpactSummary> {
    const manager = sharedContext.manager as { execute: (sql: string, params?: unknown[]) => Promise<Row[]> }
    const where: string[] = ["deleted_at is null"]
    const params: unknown[] = []
    if (filters.county_handle) {
      params.push(filters.county_handle)
      where.push(`county_handle = ?`)
    }
    if (filters.supplier_id) {
      params.push(filters.supplier_id)
      where.push(`supplier_id = ?`)
    }
    if (filters.order_id) {
      params.push(filters.order_id)
      where.push(`order_id = ?`)
    }
    if (filters.from) {
      params.push(filters.from)
      where.push(`occurred_at >= ?`)
    }
    if (filters.to) {
      params.push(filters.to)
      where.push(`occurred_at < ?`)
    }
    const base = `select * from impact_entry where ${where.join(" and ")}`

    const ctes = `
      with e as (${base}),
      per_order as (select order_id, sum(amount) as net from e group by order_id),
      per_supplier as (select supplier_id, sum(amount) as net, max(households) as households from e group by supplier_id)`

    const grouped = async (keyExpr: string, order: "amount" | "key", labelExpr = "null"): Promise<ImpactBucket[]> => {
      const rows = await manager.execute(
        `${ctes}
         select ${keyExpr} as key,
                max(${labelExpr}) as label,
                sum(e.amount) as amount,
                count(distinct e.order_id) filter (where po.net > 0) as orders,
                count(distinct e.supplier_id) filter (where ps.net > 0) as suppliers,
                0 as households
         from e
         join per_order po on po.order_id = e.order_id
         left join per_supplier ps on ps.supplier_id = e.supplier_id
         group by 1`,
        params
      )
      // Households once per supplier within each bucket.
      const households = await manager.execute(
        `${ctes}
         select key, sum(households) as households, 0 as amount, 0 as orders, 0 as suppliers from (
           select distinct ${keyExpr} as key, e.supplier_id, ps.households
           from e join per_supplier ps on ps.supplier_id = e.supplier_id
           where ps.net > 0
         ) d group by key`,
        params
      )
      const byKey = new Map(households.map((h) => [h.key ?? "unknown", Number(h.households)]))
      const buckets = rows.map((r) => ({ ...toBucket(r), households: byKey.get(r.key ?? "unknown") ?? 0 }))
      return buckets.sort((a, b) => (order === "amount" ? b.amount - a.amount : a.key.localeCompare(b.key)))
    }

    const [totalsRow] = await manager.execute(
      `${ctes}
       select 'total' as key,
              (select coalesce(sum(amount), 0) from e) as amount,
              (select count(*) from per_order where net > 0) as orders,
              (select coalesce(sum(households), 0) from per_supplier where net > 0) as households,
              (select count(*) from per_supplier where net > 0 and supplier_id is not null) as suppliers`,
      params
    )
    const { key: _key, ...totals } = toBucket(totalsRow!)

    return {
      totals,
      by_county: await grouped("e.county_handle", "amount"),
      by_supplier: await grouped("e.supplier_id", "amount", "e.supplier_name"),
      by_kind: await grouped("e.product_kind", "amount", "e.product_kind_name"),
      by_month: await grouped("to_char(date_trunc('month', e.occurred_at), 'YYYY-MM')", "key"),
    }
  }
}

export default ImpactModuleService
