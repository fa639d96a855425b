import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  type CanteenFields,
  createInstitutionCanteenStep,
  deleteInstitutionCanteenStep,
  updateInstitutionCanteenStep,
} from "./steps/canteen-steps"

export const CREATE_INSTITUTION_CANTEEN_WORKFLOW = "create-institution-canteen"
export const UPDATE_INSTITUTION_CANTEEN_WORKFLOW = "update-institution-canteen"
export const DELETE_INSTITUTION_CANTEEN_WORKFLOW = "delete-institution-canteen"

/** An institution's admin adds a canteen and its delivery address. */
export const createInstitutionCanteenWorkflow = createWorkflow(
  CREATE_INSTITUTION_CANTEEN_WORKFLOW,
  (input: CanteenFields & { institution_id: string }) => new WorkflowResponse(createInstitutionCanteenStep(input))
)

/** An institution's admin changes one of its canteens (another institution's answers 404). */
export const updateInstitutionCanteenWorkflow = createWorkflow(
  UPDATE_INSTITUTION_CANTEEN_WORKFLOW,
  (input: Partial<CanteenFields> & { id: string; institution_id: string }) => new WorkflowResponse(updateInstitutionCanteenStep(input))
)

/** An institution's admin removes one of its canteens; orders placed keep their address. */
export const deleteInstitutionCanteenWorkflow = createWorkflow(
  DELETE_INSTITUTION_CANTEEN_WORKFLOW,
  (input: { id: string; institution_id: string }) => new WorkflowResponse(deleteInstitutionCanteenStep(input))
)
