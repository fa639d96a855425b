import Medusa from "@medusajs/js-sdk"

/** The admin dashboard's API client: same origin as the dashboard, session auth. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
