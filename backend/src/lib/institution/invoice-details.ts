import type { MedusaContainer } from "@medusajs/framework/types"
import type { InstitutionInvoiceDetailsDTO } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"

const FIELDS = ["title", "tax_id", "address", "phone", "bank", "account"] as const

/** The stored 开票信息 when every field is there, else null (never half an invoice header). */
export function invoiceDetailsFrom(value: unknown): InstitutionInvoiceDetailsDTO | null {
  if (!value || typeof value !== "object") return null
  const v = value as Record<string, unknown>
  return FIELDS.every((f) => typeof v[f] === "string" && v[f]) ? (Object.fromEntries(FIELDS.map((f) => [f, v[f]])) as unknown as InstitutionInvoiceDetailsDTO) : null
}

export async function invoiceDetailsOf(container: MedusaContainer, institutionId: string): Promise<InstitutionInvoiceDetailsDTO | null> {
  const institution = await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).retrieveInstitution(institutionId, { select: ["id", "invoice_details"] })
  return invoiceDetailsFrom(institution.invoice_details)
}
