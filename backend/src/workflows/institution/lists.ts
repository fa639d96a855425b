import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createInstitutionListStep, deleteInstitutionListStep, prepareListLinesStep, updateInstitutionListStep } from "./steps/list-steps"

export const CREATE_INSTITUTION_LIST_WORKFLOW = "create-institution-list"
export const UPDATE_INSTITUTION_LIST_WORKFLOW = "update-institution-list"
export const DELETE_INSTITUTION_LIST_WORKFLOW = "delete-institution-list"

/** one institution's lists change one at a time: the 50-list limit and unique names hold under two saves at once */
const listsLock = (institutionId: string) => `institution_lists:${institutionId}`

type Lines = Array<{ variant_id: string; quantity: number }>

/** A purchaser or admin saves a 常用清单 from the pad's lines or from an order of the institution. */
export const createInstitutionListWorkflow = createWorkflow(
  CREATE_INSTITUTION_LIST_WORKFLOW,
  (input: { institution_id: string; customer_id: string; name: string; lines?: Lines; order_id?: string }) => {
    const lines = prepareListLinesStep({ lines: input.lines, order_id: input.order_id })
    const key = transform({ input }, ({ input }) => listsLock(input.institution_id))
    acquireLockStep({ key, timeout: 10, ttl: 30 })
    const list = createInstitutionListStep(
      transform({ input, lines }, ({ input, lines }) => ({ institution_id: input.institution_id, customer_id: input.customer_id, name: input.name, lines }))
    )
    releaseLockStep({ key })
    return new WorkflowResponse(list)
  }
)

/** Renames a list and/or replaces its lines (another institution's answers 404). */
export const updateInstitutionListWorkflow = createWorkflow(
  UPDATE_INSTITUTION_LIST_WORKFLOW,
  (input: { id: string; institution_id: string; customer_id: string; name?: string; lines?: Lines }) => {
    const lines = when("replace-lines", input, (i) => !!i.lines).then(() => prepareListLinesStep({ lines: input.lines }))
    const key = transform({ input }, ({ input }) => listsLock(input.institution_id))
    acquireLockStep({ key, timeout: 10, ttl: 30 })
    const list = updateInstitutionListStep(
      transform({ input, lines }, ({ input, lines }) => ({
        id: input.id,
        institution_id: input.institution_id,
        customer_id: input.customer_id,
        name: input.name,
        lines: lines ?? null,
      }))
    )
    releaseLockStep({ key })
    return new WorkflowResponse(list)
  }
)

/** Deletes a list of the institution. */
export const deleteInstitutionListWorkflow = createWorkflow(DELETE_INSTITUTION_LIST_WORKFLOW, (input: { id: string; institution_id: string }) => {
  return new WorkflowResponse(deleteInstitutionListStep(input))
})
