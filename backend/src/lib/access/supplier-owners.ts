import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUPPLIER_MODULE } from "../../modules/supplier"
import type SupplierModuleService from "../../modules/supplier/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import type { Loader, Owner, SupplierKind } from "./owners"

/**
 * Who a supplier-portal record belongs to: the supplier(s) that own it, for
 * the supplier member's rule (rules.ts). A product belongs to the supplier it
 * is linked to (link product ↔ supplier); a variant and a line item to their
 * product's supplier; an order to every supplier with a line in it; a
 * certificate to its supplier_id, or its product's supplier; change requests,
 * members and invites to their supplier.
 */

const owned = (kind: SupplierKind, id: string, supplier_ids: Array<string | null | undefined>): Owner => ({
  kind,
  id,
  customer_id: null,
  registered: false,
  closed: false,
  email: null,
  supplier_ids: [...new Set(supplier_ids.filter((s): s is string => !!s))],
})

type WithSupplier = { supplier?: { id?: string } | Array<{ id?: string } | null> | null }
const supplierIdOf = (row: WithSupplier | null | undefined): string | undefined => {
  const s = row?.supplier
  return (Array.isArray(s) ? s[0]?.id : s?.id) ?? undefined
}

async function graph(container: MedusaContainer, entity: string, fields: string[], id: string | string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  return data as Array<Record<string, unknown>>
}

const loadProduct: Loader = async (container, id) => {
  const [row] = await graph(container, "product", ["id", "supplier.id"], id)
  return row ? owned("supplier_product", id, [supplierIdOf(row as WithSupplier)]) : null
}

const loadVariant: Loader = async (container, id) => {
  const [row] = await graph(container, "product_variant", ["id", "product.supplier.id"], id)
  if (!row) return null
  return owned("supplier_variant", id, [supplierIdOf((row as { product?: WithSupplier }).product)])
}

/** The suppliers of the products of these line items (a line of a deleted product belongs to nobody). */
async function suppliersOfProducts(container: MedusaContainer, productIds: string[]): Promise<string[]> {
  if (!productIds.length) return []
  const rows = await graph(container, "product", ["id", "supplier.id"], [...new Set(productIds)])
  return rows.map((r) => supplierIdOf(r as WithSupplier)).filter((s): s is string => !!s)
}

const loadOrder: Loader = async (container, id) => {
  const [row] = await graph(container, "order", ["id", "is_draft_order", "items.product_id"], id)
  if (!row || row.is_draft_order) return null
  const items = (row.items as Array<{ product_id?: string | null } | null> | undefined) ?? []
  const productIds = items.map((i) => i?.product_id).filter((p): p is string => !!p)
  return owned("supplier_order", id, await suppliersOfProducts(container, productIds))
}

const loadLineItem: Loader = async (container, id) => {
  const [row] = await graph(container, "order_line_item", ["id", "product_id"], id)
  if (!row) return null
  return owned("supplier_line_item", id, await suppliersOfProducts(container, row.product_id ? [row.product_id as string] : []))
}

const loadCertificate: Loader = async (container, id) => {
  const [row] = await graph(container, "certificate", ["id", "supplier_id", "product.supplier.id"], id)
  if (!row) return null
  return owned("supplier_certificate", id, [row.supplier_id as string | null, supplierIdOf((row as { product?: WithSupplier }).product)])
}

const fromSupplierModule =
  (kind: "supplier_change_request" | "supplier_member" | "supplier_invite"): Loader =>
  async (container, id) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const list =
      kind === "supplier_change_request"
        ? suppliers.listProductChangeRequests({ id }, { take: 1, select: ["id", "supplier_id"] })
        : kind === "supplier_member"
          ? suppliers.listSupplierMembers({ id }, { take: 1, select: ["id", "supplier_id"] })
          : suppliers.listSupplierInvites({ id }, { take: 1, select: ["id", "supplier_id"] })
    const [row] = (await list) as Array<{ id: string; supplier_id?: string | null }>
    return row ? owned(kind, id, [row.supplier_id]) : null
  }

/** An institution's invoice request to one supplier (settlement module): that supplier's. */
const loadInvoiceRequest: Loader = async (container, id) => {
  const [row] = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).listInvoiceRequests({ id }, { take: 1, select: ["id", "supplier_id"] })
  return row ? owned("supplier_invoice_request", id, [row.supplier_id]) : null
}

export const SUPPLIER_OWNER_LOADERS: Record<SupplierKind, Loader> = {
  supplier_product: loadProduct,
  supplier_variant: loadVariant,
  supplier_order: loadOrder,
  supplier_line_item: loadLineItem,
  supplier_certificate: loadCertificate,
  supplier_change_request: fromSupplierModule("supplier_change_request"),
  supplier_member: fromSupplierModule("supplier_member"),
  supplier_invite: fromSupplierModule("supplier_invite"),
  supplier_invoice_request: loadInvoiceRequest,
}
