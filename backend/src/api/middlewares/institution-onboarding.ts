import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { singleFileUpload } from "../../lib/http/upload"
import {
  AdminCreateInstitutionActivation,
  AdminImportInstitutions,
  AdminInstitutionImportTemplate,
  StoreAcceptInstitutionInvite,
  StoreCreateInstitutionInvite,
  StoreListInstitutionInvites,
  StoreListInstitutionMembers,
  StoreLookupInstitutionInvite,
  StoreUpdateInstitutionMember,
} from "../admin/institutions/validators-onboarding"
import { rateLimit, uploadRateLimit } from "./rate-limit"

const query = (schema: Parameters<typeof validateAndTransformQuery>[0]) => validateAndTransformQuery(schema, { defaults: [], isList: false })

/** The public invitation routes count like registration: per client address (the body carries a token, not an e-mail). */
const inviteRateLimit = rateLimit({ group: "register" })

/**
 * Onboarding (issue 10, "Who and how they get in"): the operator's import and
 * activation links (/admin, authenticated by Medusa), the public routes that open
 * a link (/store/institution-invites/*: anyone holding a token, rate-limited), and
 * the institution admin's members and invitations (/store/institution/*, behind
 * the institution actor's access rule and its admin role).
 */
export const institutionOnboardingMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/institutions/import",
    middlewares: [uploadRateLimit(), singleFileUpload("file"), query(AdminImportInstitutions)],
  },
  { method: ["GET"], matcher: "/admin/institutions/import/template", middlewares: [query(AdminInstitutionImportTemplate)] },
  { method: ["POST"], matcher: "/admin/institutions/:id/activation", middlewares: [validateAndTransformBody(AdminCreateInstitutionActivation)] },
  {
    method: ["POST"],
    matcher: "/store/institution-invites/lookup",
    middlewares: [inviteRateLimit, validateAndTransformBody(StoreLookupInstitutionInvite)],
  },
  {
    method: ["POST"],
    matcher: "/store/institution-invites/accept",
    middlewares: [
      inviteRateLimit,
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreAcceptInstitutionInvite),
    ],
  },
  { method: ["GET"], matcher: "/store/institution/invites", middlewares: [query(StoreListInstitutionInvites)] },
  { method: ["POST"], matcher: "/store/institution/invites", middlewares: [validateAndTransformBody(StoreCreateInstitutionInvite)] },
  { method: ["GET"], matcher: "/store/institution/members", middlewares: [query(StoreListInstitutionMembers)] },
  { method: ["POST"], matcher: "/store/institution/members/:id", middlewares: [validateAndTransformBody(StoreUpdateInstitutionMember)] },
]
