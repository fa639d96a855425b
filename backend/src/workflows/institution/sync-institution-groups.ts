import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerGroupsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { INSTITUTION_MODULE } from "../../modules/institution"
import { planInstitutionGroupsStep } from "./steps/plan-institution-groups"
import { renameInstitutionGroupsStep } from "./steps/rename-institution-groups"
import { syncInstitutionGroupMembersStep } from "./steps/sync-institution-group-members"

export const SYNC_INSTITUTION_GROUPS_WORKFLOW = "sync-institution-groups"

/**
 * Keeps the customer groups institutional prices rely on (idempotent): each
 * institution gets its own group (linked to it) and the group of all
 * institution members (机构采购客户) exists; members are in both, former
 * members in neither; a renamed institution's group takes the new name. Run
 * when an institution is created, imported, reviewed or renamed, and when a
 * member joins or leaves.
 */
export const syncInstitutionGroupsWorkflow = createWorkflow(SYNC_INSTITUTION_GROUPS_WORKFLOW, (input: { institution_ids: string[] }) => {
  const plan = planInstitutionGroupsStep(input)
  when({ plan }, ({ plan }) => plan.create.length > 0).then(() => {
    const created = createCustomerGroupsWorkflow.runAsStep({ input: { customersData: transform({ plan }, ({ plan }) => plan.create) } })
    const links = transform({ plan, created }, ({ plan, created }) =>
      plan.for_institution.flatMap((institutionId, i) =>
        institutionId && created[i] ? [{ [INSTITUTION_MODULE]: { institution_id: institutionId }, [Modules.CUSTOMER]: { customer_group_id: created[i].id } }] : []
      )
    )
    createRemoteLinkStep(links)
  })
  when({ plan }, ({ plan }) => plan.rename.length > 0).then(() => {
    renameInstitutionGroupsStep(transform({ plan }, ({ plan }) => plan.rename))
  })
  return new WorkflowResponse(syncInstitutionGroupMembersStep(input))
})
