import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InstitutionImportInput } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type CreateImportedInstitutionsInput = {
  rows: InstitutionImportInput[]
  /** approved at once (the operator ticked it) or pending review like a single registration */
  approve: boolean
  reviewed_by: string | null
}

/**
 * Creates the good rows of an import in one call. Codes are checked again here
 * (another import may have registered one since the report was made); the
 * compensation deletes every institution this step created.
 */
export const createImportedInstitutionsStep = createStep(
  "create-imported-institutions",
  async (input: CreateImportedInstitutionsInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    if (input.rows.length === 0) return new StepResponse([], [] as string[])
    const taken = await service.listInstitutions({ credit_code: input.rows.map((r) => r.credit_code) }, { select: ["credit_code"] })
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `credit_code: ${taken.map((t) => t.credit_code).join(", ")} 已登记 / already registered; check the file again`
      )
    }
    const now = new Date()
    const created = await service.createInstitutions(
      input.rows.map((r) => ({
        ...r,
        status: input.approve ? ("approved" as const) : ("pending" as const),
        ...(input.approve ? { reviewed_by: input.reviewed_by, reviewed_at: now, review_note: "批量导入时批准 / approved at import" } : {}),
        metadata: { imported_at: now.toISOString() },
      }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).deleteInstitutions(ids)
  }
)
