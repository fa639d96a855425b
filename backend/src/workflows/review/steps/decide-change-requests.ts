import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"

type Input = { ids: string[]; status: "approved" | "rejected"; reason: string | null; actor_id: string | null }

/** Records the operator's decision on change requests (who, when, why); undo makes them pending again. */
export const decideChangeRequestsStep = createStep(
  "decide-product-change-requests",
  async ({ ids, status, reason, actor_id }: Input, { container }) => {
    if (!ids.length) return new StepResponse([], [])
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const before = (await suppliers.listProductChangeRequests({ id: ids }, { select: ["id", "status", "reason", "reviewed_by", "reviewed_at"] })).map(
      (r) => ({ id: r.id, status: r.status, reason: r.reason, reviewed_by: r.reviewed_by, reviewed_at: r.reviewed_at })
    )
    const decided = await suppliers.updateProductChangeRequests(
      ids.map((id) => ({ id, status, reason, reviewed_by: actor_id, reviewed_at: new Date() }))
    )
    return new StepResponse(decided, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).updateProductChangeRequests(before)
  }
)
