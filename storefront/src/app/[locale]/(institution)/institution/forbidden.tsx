import { currentLocale } from "@/lib/i18n/current"
import { PortalForbidden } from "@/modules/institution/components/portal-forbidden"

/** 403 for a logged-in shopper who is no member of an institution (see requireMember). */
export default async function InstitutionForbidden() {
  return <PortalForbidden locale={await currentLocale()} />
}
