import { inviteLandingRoute } from "@/modules/institution/members/templates/invite-landing-page"

/** Opened from the invitation e-mail a new member receives. */
const route = inviteLandingRoute("invite")
export const generateMetadata = route.generateMetadata
export default route.Page
