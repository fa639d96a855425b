import type { SupplierAction, SupplierFields } from "@fupin/shared"

export type { SupplierFields }

export type ReviewSupplierInput = {
  id: string
  /** the admin user taking the decision */
  actor_id?: string | null
  note?: string | null
}

export type { SupplierAction }
