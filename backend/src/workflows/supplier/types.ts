import type { LinkageMechanism, SupplierAction, SupplierType } from "@fupin/shared"

/** The writable fields of a supplier, as the admin API and the workflows take them. */
export type SupplierFields = {
  legal_name: string
  credit_code: string
  type: SupplierType
  is_key: boolean
  county_handle: string
  township_id: string | null
  village_id: string | null
  contact_name: string | null
  contact_phone: string | null
  description: string | null
  households_bound: number
  people_bound: number
  mechanisms: LinkageMechanism[]
  employees: number | null
}

export type ReviewSupplierInput = {
  id: string
  /** the admin user taking the decision */
  actor_id?: string | null
  note?: string | null
}

export type { SupplierAction }
