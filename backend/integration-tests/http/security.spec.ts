import { call, type Res } from "../helpers/shopping"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { register as registerInstrumentation } from "../../instrumentation"
import { ACCOUNT_EXISTS_TEMPLATE } from "../../src/api/middlewares/accounts"

/**
 * Logins and secrets (issue 13): guessing is rate limited per account and per address,
 * weak passwords are refused, registration does not tell whether an e-mail has an account,
 * answers carry security headers, and webhooks for payment providers that do not exist
 * are refused.
 */



// What `medusa start` does before it creates the app: the backend's security headers go in front of everything.
registerInstrumentation()

// Small address limits so that this file can spend them; the per-account login limit keeps its default.
process.env.RATE_LIMIT_CERTIFICATE_ADDRESS = "10/600"
process.env.RATE_LIMIT_PASSWORD_RESET_ADDRESS = "40/600"

const password = "correct-horse-9"

const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8"))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      const key = await getContainer()
        .resolve(Modules.API_KEY)
        .createApiKeys({ title: "security test", type: "publishable", created_by: "security.spec" })
      store = { headers: { "x-publishable-api-key": key.token } }
    })

    const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })

    async function registerCustomer(email: string, pass = password) {
      const reg = await call(api.post("/auth/customer/emailpass/register", { email, password: pass }))
      const created = await call(api.post("/store/customers", { email, first_name: "小明", last_name: "李" }, as(reg.data.token)))
      return { reg, created }
    }

    const login = (email: string, pass: string, headers: Record<string, string> = {}) =>
      call(api.post("/auth/customer/emailpass", { email, password: pass }, { headers }))

    describe("guessing passwords", () => {
      it("stops answering 401 after a few wrong passwords for one account, with Retry-After and a bilingual message", async () => {
        const email = "guess-me@example.com"
        expect((await registerCustomer(email)).created.status).toBe(200)

        const statuses: number[] = []
        let refused: Res | undefined
        for (let i = 0; i < 30; i++) {
          // Case and spaces do not make another account to guess at.
          const res = await login(i % 2 ? email.toUpperCase() : ` ${email} `, `wrong-${i}-password`)
          statuses.push(res.status)
          refused ??= res.status === 429 ? res : undefined
        }
        expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5)
        expect(statuses.slice(5).every((s) => s === 429)).toBe(true)
        expect(Number(refused!.headers["retry-after"])).toBeGreaterThan(0)
        expect(refused!.data.message).toMatch(/尝试次数过多/)
        expect(refused!.data.message).toMatch(/Too many attempts/)

        // Even the right password waits until the lock ends.
        expect((await login(email, password)).status).toBe(429)
        // Another account from the same address is not locked by it.
        expect((await registerCustomer("neighbour@example.com")).created.status).toBe(200)
        expect((await login("neighbour@example.com", password)).status).toBe(200)
      })

      it("forgets an account's wrong passwords once its owner logs in", async () => {
        const email = "forgetful@example.com"
        await registerCustomer(email)
        for (let round = 0; round < 3; round++) {
          for (let i = 0; i < 4; i++) expect((await login(email, "not-the-password")).status).toBe(401)
          expect((await login(email, password)).status).toBe(200)
        }
      })

      it("limits the certificate check per client address", async () => {
        const statuses: number[] = []
        for (let i = 0; i < 14; i++) statuses.push((await call(api.get(`/store/certifications/KMFP-2020-${9000 + i}`, store))).status)
        expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true)
        expect(statuses.slice(10).every((s) => s === 429)).toBe(true)
      })

      it("limits password-reset requests per account", async () => {
        const statuses: number[] = []
        for (let i = 0; i < 8; i++) {
          statuses.push((await call(api.post("/auth/customer/emailpass/reset-password", { identifier: "reset-me@example.com" }))).status)
        }
        expect(statuses.slice(0, 5).every((s) => s < 400)).toBe(true)
        expect(statuses.slice(5).every((s) => s === 429)).toBe(true)
      })
    })

    describe("passwords", () => {
      it("refuses passwords shorter than 8 characters at registration and reset, naming the field", async () => {
        for (const weak of ["a", "1234567", "密码太短了"]) {
          const res = await call(api.post("/auth/customer/emailpass/register", { email: `weak-${weak.length}@example.com`, password: weak }))
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/^password/)
        }
        const update = await call(api.post("/auth/customer/emailpass/update", { email: "x@example.com", password: "short" }))
        expect(update.status).toBe(400)
        expect(update.data.message).toMatch(/^password/)
        // Eight characters are enough.
        expect((await call(api.post("/auth/customer/emailpass/register", { email: "eight@example.com", password: "12345678" }))).status).toBe(200)
      })
    })

    describe("registering an e-mail that has an account", () => {
      it("answers as for a new e-mail, keeps the owner's account, and e-mails the owner", async () => {
        const fresh = await registerCustomer("newcomer@example.com")
        await registerCustomer("owner@example.com")

        const again = await registerCustomer("owner@example.com", "attacker-password")
        expect(again.reg.status).toBe(fresh.reg.status)
        expect(Object.keys(payloadOf(again.reg.data.token)).sort()).toEqual(Object.keys(payloadOf(fresh.reg.data.token)).sort())
        expect(again.created.status).toBe(fresh.created.status)
        expect(Object.keys(again.created.data.customer).sort()).toEqual(Object.keys(fresh.created.data.customer).sort())

        // The owner still logs in with their own password; the second password opens nothing.
        expect((await login("owner@example.com", password)).status).toBe(200)
        expect((await login("owner@example.com", "attacker-password")).status).toBe(401)
        const customers = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: "owner@example.com" })
        expect(customers).toHaveLength(1)

        const notices = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ to: "owner@example.com", template: ACCOUNT_EXISTS_TEMPLATE })
        expect(notices).toHaveLength(1)
        expect(notices[0]!.data).toMatchObject({ reset_url: expect.stringContaining("/account/forgot-password") })
      })
    })

    describe("headers and webhooks", () => {
      it("answers with security headers and without X-Powered-By", async () => {
        for (const res of [await call(api.get("/health")), await call(api.get("/store/regions", store)), await call(api.get("/admin/users"))]) {
          expect(res.headers["x-powered-by"]).toBeUndefined()
          expect(res.headers["x-content-type-options"]).toBe("nosniff")
          expect(res.headers["x-frame-options"]).toBe("DENY")
          expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'")
        }
      })

      it("refuses webhooks for payment providers that are not registered", async () => {
        const event = { type: "payment_intent.succeeded", data: { object: { id: "pi_forged" } } }
        for (const provider of ["made_up", "stripe_nonexistent", "..%2F..%2Fadmin"]) {
          const res = await call(api.post(`/hooks/payment/${provider}`, event))
          expect(res.status).toBe(404)
        }
        // A registered provider still gets its webhooks queued (it checks the signature itself).
        expect((await call(api.post("/hooks/payment/system_default", event))).status).toBe(200)
      })
    })
  },
})
