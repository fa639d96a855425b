import type { ExecArgs } from "@medusajs/framework/types"
import { syncAllInstitutionGroups } from "../lib/institution/sync-all-groups"

/**
 * Runs once on `medusa db:migrate`: institutions registered before
 * institutional prices get their customer group (and 机构采购客户), their
 * members join both.
 */
export default async function institutionCustomerGroups({ container }: ExecArgs) {
  await syncAllInstitutionGroups(container)
}
