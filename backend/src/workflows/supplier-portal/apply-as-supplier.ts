import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { SUPPLIER_ACTOR_TYPE, type SupplierDocument } from "@fupin/shared"
import { createSupplierStep, type CreateSupplierStepInput } from "../supplier/steps/create-supplier"
import { validateSupplierStep } from "../supplier/steps/validate-supplier"
import { type ApplicationOrganicCertificate, createApplicationOrganicCertificatesStep } from "./steps/create-organic-certificates"
import { createSupplierMemberStep } from "./steps/create-supplier-member"
import { resolveNewcomerStep } from "./steps/resolve-newcomer"
import { validateApplicationStep } from "./steps/validate-application"

export const APPLY_AS_SUPPLIER_WORKFLOW_ID = "apply-as-supplier"
export const SUPPLIER_APPLIED_EVENT = "supplier.applied"

export type ApplyAsSupplierInput = {
  auth_identity_id: string
  supplier: CreateSupplierStepInput & { linkage_note?: string | null; documents?: SupplierDocument[] }
  organic_certificates: ApplicationOrganicCertificate[]
  member: { name: string; phone?: string | null }
}

/**
 * A producer joins online (入驻申请): checks the login has no member yet and the
 * supplier's details (credit code, place, linkage) as an operator's
 * registration would; creates the supplier `pending` — it enters the
 * operator's supplier review queue — with its organic certificates, and the
 * owner member; binds the login to the member (`app_metadata.supplier_id`,
 * Medusa's `<actor_type>_id`). Every step undoes itself if a later one fails.
 */
export const applyAsSupplierWorkflow = createWorkflow(APPLY_AS_SUPPLIER_WORKFLOW_ID, (input: ApplyAsSupplierInput) => {
  const newcomer = resolveNewcomerStep({ auth_identity_id: input.auth_identity_id })
  validateSupplierStep(transform({ input }, ({ input }) => ({ data: input.supplier })))
  validateApplicationStep(transform({ input }, ({ input }) => ({ organic_certificates: input.organic_certificates })))
  const supplier = createSupplierStep(
    transform({ input }, ({ input }) => ({ ...input.supplier, applied_at: new Date() }) as CreateSupplierStepInput)
  )
  createApplicationOrganicCertificatesStep(
    transform({ input, supplier }, ({ input, supplier }) => ({ supplier_id: supplier.id, certificates: input.organic_certificates }))
  )
  const member = createSupplierMemberStep(
    transform({ input, supplier, newcomer }, ({ input, supplier, newcomer }) => ({
      supplier_id: supplier.id,
      email: newcomer.email,
      name: input.member.name,
      phone: input.member.phone ?? null,
      role: "owner" as const,
    }))
  )
  setAuthAppMetadataStep(
    transform({ newcomer, member }, ({ newcomer, member }) => ({
      authIdentityId: newcomer.auth_identity_id,
      actorType: SUPPLIER_ACTOR_TYPE,
      value: member.id,
    }))
  )
  emitEventStep({ eventName: SUPPLIER_APPLIED_EVENT, data: transform({ supplier }, ({ supplier }) => ({ id: supplier.id })) })
  return new WorkflowResponse({ supplier, member })
})
