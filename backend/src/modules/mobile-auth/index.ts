import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MobileAuthProviderService from "./services/mobile"

/** Login with the mobile number (一次性验证码 or password), beside Medusa's e-mail + password provider. */
export default ModuleProvider(Modules.AUTH, {
  services: [MobileAuthProviderService],
})
