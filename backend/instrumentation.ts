import { createRequire } from "node:module"
import { secureEveryExpressApp } from "./src/lib/security/headers"

/**
 * `medusa start` and `medusa develop` call register() before they create the HTTP app.
 * It is used here (not for tracing) to put the backend's security headers in front of
 * everything the app serves, the admin dashboard included: see src/lib/security/headers.ts.
 */
export function register() {
  // The copy of Express that Medusa itself creates its app with.
  const requireFromMedusa = createRequire(require.resolve("@medusajs/medusa"))
  secureEveryExpressApp(requireFromMedusa("express"))
}
