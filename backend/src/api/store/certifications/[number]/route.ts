import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  type CertificateStatus,
  CERTIFICATE_STATUS_LABELS,
  isCertificateValidOn,
  type StoreCertificateVerification,
} from "@fupin/shared"

type Row = {
  number: string
  status: CertificateStatus
  issued_at: Date | string
  expires_at: Date | string
  certifying_office: string
  county_handle: string
  supplier_id: string | null
  product?: { title: string; handle: string; status: string } | null
}

/**
 * Public verification (what the QR code on a package opens): is this
 * certificate genuine and valid today? Shows the certificate, its county, the
 * product and the supplier's public name; nothing private. Unknown number → 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Express has decoded the path already: decoding again turns "%25_%25" into a URIError.
  const number = (req.params.number ?? "").trim().toUpperCase()
  const { data } = await query.graph({
    entity: "certificate",
    fields: [
      "number",
      "status",
      "issued_at",
      "expires_at",
      "certifying_office",
      "county_handle",
      "supplier_id",
      "product.title",
      "product.handle",
      "product.status",
    ],
    filters: { number },
  })
  const cert = data[0] as Row | undefined
  if (!cert) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `证书编号 ${number} 不存在 / no certificate with number ${number}`)
  }

  const [county] = (
    await query.graph({ entity: "county", fields: ["handle", "name_zh", "name_en"], filters: { handle: cert.county_handle } })
  ).data as Array<{ handle: string; name_zh: string; name_en: string }>
  // Only an approved supplier's legal name is public.
  const supplier = cert.supplier_id
    ? ((
        await query.graph({
          entity: "supplier",
          fields: ["legal_name", "status"],
          filters: { id: cert.supplier_id, status: "approved" },
        })
      ).data[0] as { legal_name: string } | undefined)
    : undefined

  const certificate: StoreCertificateVerification = {
    number: cert.number,
    status: cert.status,
    status_label: CERTIFICATE_STATUS_LABELS[cert.status],
    valid_now: isCertificateValidOn(cert),
    issued_at: new Date(cert.issued_at).toISOString(),
    expires_at: new Date(cert.expires_at).toISOString(),
    certifying_office: cert.certifying_office,
    county: county ? { handle: county.handle, name_zh: county.name_zh, name_en: county.name_en } : null,
    product: cert.product ? { title: cert.product.title, handle: cert.product.handle } : null,
    supplier: supplier ? { name: supplier.legal_name } : null,
  }
  res.json({ certificate })
}
