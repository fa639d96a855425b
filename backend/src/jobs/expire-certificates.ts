import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { expireCertificatesWorkflow } from "../workflows/certification/transition-certificates"

/**
 * Daily: expires every certified or suspended certificate past its expiry date
 * through the expire workflow, which also takes its product off the storefront.
 * Returns the numbers it expired.
 */
export default async function expireCertificatesJob(container: MedusaContainer): Promise<string[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const due = await certification.listCertificates(
    { status: ["certified", "suspended"], expires_at: { $lte: new Date() } },
    { take: null, select: ["id", "number"] }
  )
  if (!due.length) return []
  await expireCertificatesWorkflow(container).run({
    input: { ids: due.map((c) => c.id), actor: "system", reason: "有效期届满 / past its expiry date" },
  })
  logger.info(`certification: expired ${due.length} certificate(s): ${due.map((c) => c.number).join(", ")}`)
  return due.map((c) => c.number)
}

export const config = {
  name: "expire-certificates",
  // every day at 00:10 (server time)
  schedule: "10 0 * * *",
}
