import { inviteLandingRoute } from "@/modules/institution/members/templates/invite-landing-page"

/** Opened from the activation e-mail an institution's admin receives. */
const route = inviteLandingRoute("activation")
export const generateMetadata = route.generateMetadata
export default route.Page
