import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type CanteenFields = { name: string; contact_name: string; contact_phone: string; county_handle: string; address: string }

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)

/** Adds a canteen (收货地址) to an institution; undone by deleting it. */
export const createInstitutionCanteenStep = createStep(
  "create-institution-canteen",
  async (input: CanteenFields & { institution_id: string }, { container }) => {
    const canteen = await service(container).createInstitutionCanteens(input)
    return new StepResponse(canteen, canteen.id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).deleteInstitutionCanteens(id)
  }
)

/** Changes a canteen of the institution; undone by writing the previous values back. */
export const updateInstitutionCanteenStep = createStep(
  "update-institution-canteen",
  async (input: Partial<CanteenFields> & { id: string; institution_id: string }, { container }) => {
    const [before] = await service(container).listInstitutionCanteens({ id: input.id, institution_id: input.institution_id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Canteen with id: ${input.id} was not found`)
    const { institution_id: _institution, ...changes } = input
    const updated = await service(container).updateInstitutionCanteens(changes)
    const previous = {
      id: before.id,
      name: before.name,
      contact_name: before.contact_name,
      contact_phone: before.contact_phone,
      county_handle: before.county_handle,
      address: before.address,
    }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await service(container).updateInstitutionCanteens(previous)
  }
)

/** Removes a canteen (soft delete); undone by restoring it. Orders keep the address they were given. */
export const deleteInstitutionCanteenStep = createStep(
  "delete-institution-canteen",
  async (input: { id: string; institution_id: string }, { container }) => {
    const [found] = await service(container).listInstitutionCanteens({ id: input.id, institution_id: input.institution_id })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Canteen with id: ${input.id} was not found`)
    await service(container).softDeleteInstitutionCanteens(found.id)
    return new StepResponse({ id: found.id }, found.id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).restoreInstitutionCanteens(id)
  }
)
