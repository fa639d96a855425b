import { certificationActionRoute } from "../../helpers"

/** 续期: a new expiry; expired or suspended certificates become certified again. */
export const POST = certificationActionRoute("renew")
