import type { MedusaContainer } from "@medusajs/framework/types"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { syncInstitutionGroupsWorkflow } from "../../workflows/institution/sync-institution-groups"

/** Gives every institution its customer group and puts its members in it (idempotent): demo seed and the migration script. */
export async function syncAllInstitutionGroups(container: MedusaContainer): Promise<number> {
  const institutions = await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).listInstitutions({}, { take: null, select: ["id"] })
  const ids = institutions.map((i) => i.id)
  // in slices, so one run stays small whatever the number of institutions
  for (let i = 0; i < ids.length; i += 50) {
    await syncInstitutionGroupsWorkflow(container).run({ input: { institution_ids: ids.slice(i, i + 50) } })
  }
  return ids.length
}
