import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isValidSeason } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"

export type SupplyDemandFileFields = {
  products: string[]
  yearly_capacity_tonnes: number
  season_months: number[]
  minimum_order_quantity: number
  minimum_order_unit: string
  unmet_demand: string | null
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<SupplierModuleService>(SUPPLIER_MODULE)

/**
 * Creates or updates the key enterprise's supply/demand file (供求信息档案).
 * Only key enterprises keep one; the season lists months 1–12 once each.
 * Compensation restores the previous file, or deletes a new one.
 */
export const upsertSupplyDemandFileStep = createStep(
  "upsert-supply-demand-file",
  async ({ supplier_id, data }: { supplier_id: string; data: Partial<SupplyDemandFileFields> }, { container }) => {
    const suppliers = service(container)
    const supplier = await suppliers.retrieveSupplier(supplier_id)
    if (!supplier.is_key) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "is_key: only key enterprises (农产品重点企业) keep a supply/demand file; mark the supplier is_key first"
      )
    }
    if (data.season_months && !isValidSeason(data.season_months)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "season_months: list months 1–12, each at most once")
    }
    const [existing] = await suppliers.listSupplyDemandFiles({ supplier_id }, { take: 1 })
    const { season_months, ...rest } = data
    const columns = { ...rest, ...(season_months ? { season_months: season_months as unknown as Record<string, unknown> } : {}) }
    if (existing) {
      const keys = Object.keys(columns) as Array<keyof typeof existing>
      const previous = Object.fromEntries(keys.map((k) => [k, existing[k]]))
      const file = await suppliers.updateSupplyDemandFiles({ id: existing.id, ...columns })
      return new StepResponse(file, { created: undefined as string | undefined, id: existing.id, previous })
    }
    const missing = (["products", "yearly_capacity_tonnes", "season_months", "minimum_order_quantity", "minimum_order_unit"] as const).find(
      (k) => data[k] === undefined
    )
    if (missing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${missing}: required for a new supply/demand file`)
    const file = await suppliers.createSupplyDemandFiles({ ...(columns as Required<typeof columns>), supplier_id })
    return new StepResponse(file, { created: file.id as string | undefined, id: file.id, previous: {} })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.created) await service(container).deleteSupplyDemandFiles(undo.created)
    else await service(container).updateSupplyDemandFiles({ id: undo.id, ...undo.previous })
  }
)

export const deleteSupplyDemandFileStep = createStep(
  "delete-supply-demand-file",
  async ({ supplier_id }: { supplier_id: string }, { container }) => {
    const [existing] = await service(container).listSupplyDemandFiles({ supplier_id }, { take: 1 })
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier ${supplier_id} has no supply/demand file`)
    await service(container).softDeleteSupplyDemandFiles(existing.id)
    return new StepResponse(existing.id, existing.id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).restoreSupplyDemandFiles(id)
  }
)
