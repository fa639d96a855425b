import type { CnAddress } from "@fupin/shared"

/** Chinese addresses: reading them from forms and showing Medusa's stored form. */

function text(formData: FormData, name: string): string {
  return String(formData.get(name) ?? "").trim()
}

/** The Chinese address fields of a form (名字, 手机, 省, 市, 区县, 详细地址, 邮编). */
export function readCnAddress(formData: FormData): CnAddress {
  return {
    name: text(formData, "name"),
    mobile: text(formData, "mobile"),
    province: text(formData, "province"),
    city: text(formData, "city"),
    district: text(formData, "district"),
    detail: text(formData, "detail"),
    postal_code: text(formData, "postal_code") || undefined,
  }
}

/** The address as form values, for putting back into the form after a failed step. */
export function addressValues(address: CnAddress): Record<string, string> {
  return { ...address, postal_code: address.postal_code ?? "" }
}

export interface MedusaAddressLike {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

/** Back from Medusa's fields (see toMedusaAddress in @fupin/shared) to the form's fields. */
export function fromMedusaAddress(address: MedusaAddressLike | null | undefined): Partial<CnAddress> {
  if (!address) return {}
  const meta = address.metadata ?? {}
  const district = typeof meta.district === "string" ? meta.district : ""
  const detail = typeof meta.detail === "string" ? meta.detail : (address.address_1 ?? "")
  return {
    name: `${address.last_name ?? ""}${address.first_name ?? ""}`.trim(),
    mobile: address.phone ?? "",
    province: address.province ?? "",
    city: address.city ?? "",
    district,
    detail,
    postal_code: address.postal_code || undefined,
  }
}

/** Whether two addresses are the same place and person (an address book holds each once). */
export function sameCnAddress(a: Partial<CnAddress>, b: Partial<CnAddress>): boolean {
  const keys = ["name", "mobile", "province", "city", "district", "detail"] as const
  return keys.every((k) => (a[k] ?? "").replace(/\s+/g, "") === (b[k] ?? "").replace(/\s+/g, ""))
}

/** One line as Chinese addresses are written: 云南省 昆明市 寻甸回族彝族自治县 仁德街道示例路1号. */
export function formatCnAddress(address: MedusaAddressLike | null | undefined): string {
  if (!address) return ""
  const parts = [address.province, address.city, address.address_1].map((p) => p?.trim()).filter(Boolean)
  return parts.join(" ")
}
