import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type ApprovalStatus, needsApproval } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { cny } from "../../../modules/institution/service"

export type SubmissionDecision = { needs_approval: boolean; amount: number; currency_code: string }

/** Whether an institution cart's goods (商品金额, APPROVAL_BASIS) need an approver under its institution's threshold. */
export const decideSubmissionStep = createStep(
  "decide-institution-submission",
  async (input: { cart_id: string; institution_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "item_total", "currency_code"], filters: { id: input.cart_id } })
    const cart = data[0] as { item_total: unknown; currency_code: string }
    const institution = await service.retrieveInstitution(input.institution_id)
    const threshold = institution.approval_threshold === null || institution.approval_threshold === undefined ? null : cny(institution.approval_threshold)
    const amount = cny(cart.item_total)
    return new StepResponse<SubmissionDecision>({ needs_approval: needsApproval(amount, threshold), amount, currency_code: cart.currency_code })
  }
)

/** Opens an approval request; while it is pending the cart is frozen. Only one pending request per cart. */
export const createApprovalStep = createStep(
  "create-institution-approval",
  async (input: { cart_id: string; institution_id: string; requested_by: string; amount: number; currency_code: string }, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const [pending] = await service.listInstitutionApprovals({ cart_id: input.cart_id, status: "pending" })
    if (pending) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "此采购单已提交审批 / This order is already waiting for approval")
    const approval = await service.createInstitutionApprovals({ ...input, status: "pending" })
    return new StepResponse(approval, approval.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).deleteInstitutionApprovals(id)
  }
)

type Decision = { approval_id: string; status: Exclude<ApprovalStatus, "pending">; decided_by: string; note?: string | null }

/** Records a decision on a pending request: who, when, why. A request decided already cannot be decided again. */
export const decideApprovalStep = createStep(
  "decide-institution-approval",
  async (input: Decision, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const approval = await service.retrieveInstitutionApproval(input.approval_id)
    if (approval.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `此审批已处理（${approval.status}） / This request was already decided: ${approval.status}`)
    }
    const updated = await service.updateInstitutionApprovals({
      id: approval.id,
      status: input.status,
      decided_by: input.decided_by,
      decided_at: new Date(),
      note: input.note ?? null,
    })
    return new StepResponse(updated, { id: approval.id, note: approval.note ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
      .updateInstitutionApprovals({ id: undo.id, status: "pending", decided_by: null, decided_at: null, note: undo.note })
  }
)

/** Notes the order an approval placed. */
export const setApprovalOrderStep = createStep("set-institution-approval-order", async (input: { approval_id: string; order_id: string }, { container }) => {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  return new StepResponse(await service.updateInstitutionApprovals({ id: input.approval_id, order_id: input.order_id }))
})
