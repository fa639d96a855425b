import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkInstitutionImportRows, type InstitutionImportReport } from "@fupin/shared"
import { uploadedFile } from "../../../../lib/http/upload"
import { ImportFileError, readImportFile } from "../../../../lib/institution/import-file"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { importInstitutionsWorkflow } from "../../../../workflows/institution/import-institutions"
import type { AdminImportInstitutionsType } from "../validators-onboarding"

/**
 * POST /admin/institutions/import?dry_run=&approve= (multipart, field `file`, CSV or XLSX):
 * checks every row (credit code, kind, mobile, duplicates in the file, codes
 * already registered) and answers a row-by-row report. Without dry_run the good
 * rows are created in one workflow: pending review, or approved with approve=true.
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, AdminImportInstitutionsType>, res: MedusaResponse) {
  const { dry_run, approve } = req.validatedQuery as unknown as AdminImportInstitutionsType
  const file = uploadedFile(req)
  let raw
  try {
    raw = await readImportFile(file.buffer, file.originalname)
  } catch (e) {
    if (e instanceof ImportFileError) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    throw e
  }
  const checked = checkInstitutionImportRows(raw)
  const codes = checked.flatMap((c) => (c.input ? [c.input.credit_code] : []))
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const taken = codes.length ? await service.listInstitutions({ credit_code: codes }, { select: ["id", "name", "credit_code"] }) : []
  const takenBy = new Map(taken.map((t) => [t.credit_code, t.name]))
  for (const c of checked) {
    const owner = c.input && takenBy.get(c.input.credit_code)
    if (owner) {
      c.report.ok = false
      c.report.errors.push({ field: "credit_code", reason: `已登记为「${owner}」/ already registered to ${owner}` })
      c.input = null
    }
  }
  const good = checked.flatMap((c) => (c.input ? [c.input] : []))
  let created = 0
  if (!dry_run && good.length) {
    const { result } = await importInstitutionsWorkflow(req.scope).run({
      input: { rows: good, approve, reviewed_by: req.auth_context?.actor_id ?? null },
    })
    const idByCode = new Map(result.map((r) => [r.credit_code, r.id]))
    for (const c of checked) if (c.input) c.report.institution_id = idByCode.get(c.input.credit_code)
    created = result.length
  }
  const rows = checked.map((c) => c.report)
  const report: InstitutionImportReport = {
    dry_run,
    status: approve ? "approved" : "pending",
    rows,
    total: rows.length,
    ok: good.length,
    errors: rows.length - good.length,
    created,
  }
  res.status(created ? 201 : 200).json(report)
}
