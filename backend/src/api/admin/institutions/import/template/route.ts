import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importTemplate } from "../../../../../lib/institution/import-file"
import type { AdminInstitutionImportTemplateType } from "../../validators-onboarding"

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const

/** GET /admin/institutions/import/template?format=csv|xlsx: the import file with its Chinese headers and an example row. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInstitutionImportTemplateType>, res: MedusaResponse) {
  const { format } = req.validatedQuery as unknown as AdminInstitutionImportTemplateType
  const body = await importTemplate(format)
  res.setHeader("Content-Type", CONTENT_TYPES[format])
  res.setHeader("Content-Disposition", `attachment; filename="institutions-import-template.${format}"; filename*=UTF-8''${encodeURIComponent(`采购单位导入模板.${format}`)}`)
  res.status(200).send(body)
}
