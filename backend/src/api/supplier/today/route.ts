import type { MedusaResponse } from "@medusajs/framework/http"
import { daysUntilExpiry, EXPIRING_SOON_DAYS, isCertificateExpiringSoon, type SupplierTodayResponse } from "@fupin/shared"
import { portalOf, portalSupplier, type SupplierRequest } from "../../../lib/supplier-portal/context"
import { supplierProductIds } from "../../../lib/supplier-portal/listing-input"
import { listings } from "../../../lib/supplier-portal/listings"
import { monthSales, ordersToShip, shanghaiMonthStart } from "../../../lib/supplier-portal/orders"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"

/**
 * GET /supplier/today — the portal's first page: orders waiting to ship (how
 * many, the oldest few), its variants with stock at or below its own
 * low_stock_threshold (10 unless it set another), certificates expiring within 30 days, this month's sales
 * of its own lines (month by order date in Asia/Shanghai) and the households its
 * sales supported (impact ledger).
 */
export async function GET(req: SupplierRequest, res: MedusaResponse<SupplierTodayResponse>) {
  const { supplier_id } = portalOf(req)
  const now = new Date()
  const productIds = await supplierProductIds(req.scope, supplier_id)
  const impact = req.scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const [supplier, toShip, products, sales, allTime, thisMonth] = await Promise.all([
    portalSupplier(req.scope, supplier_id),
    ordersToShip(req.scope, productIds),
    listings(req.scope, productIds),
    monthSales(req.scope, productIds, now),
    impact.summarize({ supplier_id }),
    impact.summarize({ supplier_id, from: shanghaiMonthStart(now) }),
  ])
  const live = products.filter((p) => p.status !== "rejected")
  res.json({
    ...toShip,
    low_stock: live
      .flatMap((p) =>
        p.variants
          .filter((v) => v.stock <= supplier.low_stock_threshold)
          .map((v) => ({ product_id: p.id, product_title: p.title, variant_id: v.id, variant_title: v.title, sku: v.sku, stock: v.stock }))
      )
      .sort((a, b) => a.stock - b.stock),
    low_stock_threshold: supplier.low_stock_threshold,
    certificates_expiring: live
      .filter((p) => p.certificate && isCertificateExpiringSoon({ ...p.certificate, issued_at: p.certificate.expires_at }, now, EXPIRING_SOON_DAYS))
      .map((p) => ({
        id: p.certificate!.id,
        number: p.certificate!.number,
        product_id: p.id,
        product_title: p.title,
        expires_at: new Date(p.certificate!.expires_at).toISOString(),
        days_left: daysUntilExpiry(p.certificate!, now),
      }))
      .sort((a, b) => a.days_left - b.days_left),
    month_sales: sales,
    households_supported: { total: allTime.totals.households, this_month: thisMonth.totals.households, amount_total: allTime.totals.amount },
  })
}
