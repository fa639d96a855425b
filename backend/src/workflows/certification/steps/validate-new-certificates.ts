import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { certificateDatesProblem } from "@fupin/shared"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { GEOGRAPHY_MODULE } from "../../../modules/geography"
import type GeographyModuleService from "../../../modules/geography/service"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import type { NewCertificateInput } from "../types"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks new certificates before anything is written: known county, expiry
 * after issue, unique number, an existing product without a certificate yet,
 * an existing supplier. Each error names the field.
 */
export const validateNewCertificatesStep = createStep(
  "validate-new-certificates",
  async (input: { certificates: NewCertificateInput[] }, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const geography = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const certs = input.certificates

    const counties = new Set((await geography.listCounties({}, { take: null, select: ["handle"] })).map((c) => c.handle))
    const seen = new Set<string>()
    for (const c of certs) {
      if (!counties.has(c.county_handle)) throw invalid(`county_handle: unknown county "${c.county_handle}"`)
      const dates = certificateDatesProblem(c)
      if (dates) throw invalid(dates.message)
      if (seen.has(c.number)) throw invalid(`number: 证书编号 ${c.number} appears twice`)
      seen.add(c.number)
    }

    const numbers = certs.map((c) => c.number)
    const taken = numbers.length
      ? await certification.listCertificates({ number: numbers }, { take: null, select: ["number"], withDeleted: false })
      : []
    if (taken.length) throw invalid(`number: 证书编号 ${taken[0]!.number} 已存在 / certificate number already exists`)

    const productIds = [...new Set(certs.map((c) => c.product_id))]
    if (productIds.length !== certs.length) throw invalid("product_id: one product has one certificate")
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "certificate.id", "certificate.number"],
      filters: { id: productIds },
    })
    for (const id of productIds) {
      const product = products.find((p) => p.id === id)
      if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product_id: product ${id} not found`)
      const existing = (product as { certificate?: { number?: string } | null }).certificate
      if (existing) {
        throw invalid(`product_id: 「${product.title}」已有认定证书 ${existing.number} / the product already has a certificate; renew it instead`)
      }
    }

    const supplierIds = [...new Set(certs.map((c) => c.supplier_id).filter((s): s is string => !!s))]
    if (supplierIds.length) {
      const found = await suppliers.listSuppliers({ id: supplierIds }, { take: null, select: ["id"] })
      const missing = supplierIds.find((id) => !found.some((s) => s.id === id))
      if (missing) throw invalid(`supplier_id: supplier ${missing} not found`)
    }

    return new StepResponse(void 0)
  }
)
