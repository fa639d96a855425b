import { Modules } from "@medusajs/framework/utils"
import { creditCodeCheckChar } from "@fupin/shared"
import { GEOGRAPHY_MODULE } from "../../src/modules/geography"
import type GeographyModuleService from "../../src/modules/geography/service"
import { DEMO_SUPPLIER_OWNER } from "../../src/scripts/demo/supplier-portal"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { adminHeaders, call, storeHeaders } from "../helpers/shopping"

// Issue 12: producers get in. The producer portal's API (/supplier/*) as a
// new producer, the demo supplier's owner, its staff, another supplier's
// member, a shopper and nobody see it.

type Headers = { headers: Record<string, string> }
const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
const password = "correct-horse-9"

let codes = 0
/** A fresh, valid unified social credit code (the 18th character is the check). */
function creditCode(): string {
  const first17 = `9353012${String(Date.now() % 1e6).padStart(6, "0")}${String(codes++).padStart(4, "0")}`.slice(0, 17)
  return first17 + creditCodeCheckChar(first17)
}

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    let township = ""

    async function register(email: string): Promise<string> {
      return (await api.post("/auth/supplier/emailpass/register", { email, password })).data.token as string
    }
    async function login(email: string, pass = password): Promise<string> {
      return (await api.post("/auth/supplier/emailpass", { email, password: pass })).data.token as string
    }
    const application = (over: Record<string, unknown> = {}) => ({
      legal_name: "寻甸县示例02种养殖农民专业合作社",
      credit_code: creditCode(),
      type: "cooperative",
      county_handle: "xundian",
      township_id: township,
      contact_name: "示例02联系人",
      contact_phone: "13900000002",
      households_bound: 12,
      people_bound: 40,
      mechanisms: ["employment", "dividend"],
      linkage_note: "吸纳12户脱贫户务工，年底按股分红",
      member: { name: "示例02负责人" },
      ...over,
    })
    /** A producer that applied and was approved: its owner's login token. */
    async function approvedProducer(email: string) {
      const reg = await register(email)
      const applied = await api.post("/supplier/applications", application(), bearer(reg))
      await api.post(`/admin/suppliers/${applied.data.supplier.id}/approve`, {}, admin)
      return { token: await login(email), supplier_id: applied.data.supplier.id as string }
    }

    beforeAll(async () => {
      const container = getContainer()
      admin = await adminHeaders(api)
      store = await storeHeaders(container)
      const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
      const [xundian] = await geo.listCounties({ handle: "xundian" })
      township = (await geo.listTownships({ county_id: xundian!.id, name: "柯渡镇" }))[0]!.id
    })

    describe("joining", () => {
      it("applies → pending in the operator's queue → approved → the owner logs in and uses the portal", async () => {
        const email = "apply-owner@supplier-portal.test"
        const reg = await register(email)
        const applied = await api.post("/supplier/applications", application(), bearer(reg))
        expect(applied.status).toBe(201)
        expect(applied.data.supplier).toMatchObject({ status: "pending", mode: "application", township_name: "柯渡镇", households_bound: 12 })
        expect(applied.data.member).toMatchObject({ email, role: "owner", status: "active" })

        // the operator's existing review queue shows it
        const queue = await api.get("/admin/suppliers?status=pending&limit=200&order=-created_at", admin)
        expect(queue.data.suppliers.map((s: { id: string }) => s.id)).toContain(applied.data.supplier.id)

        // pending: the member sees only its application
        const pending = await login(email)
        expect((await api.get("/supplier/me", bearer(pending))).data.supplier.status).toBe("pending")
        const blocked = await call(api.get("/supplier/products", bearer(pending)))
        expect(blocked.status).toBe(403)
        expect(blocked.data.message).toMatch(/待审核|pending/)

        await api.post(`/admin/suppliers/${applied.data.supplier.id}/approve`, {}, admin)
        const token = await login(email)
        const me = await api.get("/supplier/me", bearer(token))
        expect(me.data.supplier).toMatchObject({ status: "approved", mode: "active" })
        expect((await api.get("/supplier/products", bearer(token))).data.products).toEqual([])
      })

      it("refuses a mistyped credit code naming the field, and a second application from the same login", async () => {
        const reg = await register("typo@supplier-portal.test")
        const code = creditCode()
        const bad = await call(api.post("/supplier/applications", application({ credit_code: code.slice(0, 17) + (code[17] === "0" ? "1" : "0") }), bearer(reg)))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^credit_code:/)
        const ok = await api.post("/supplier/applications", application(), bearer(reg))
        expect(ok.status).toBe(201)
        const again = await call(api.post("/supplier/applications", application(), bearer(await login("typo@supplier-portal.test"))))
        expect([400, 401]).toContain(again.status)
      })

      it("shows a rejected producer why, and keeps the rest of the portal closed", async () => {
        const email = "rejected@supplier-portal.test"
        const applied = await api.post("/supplier/applications", application(), bearer(await register(email)))
        await api.post(`/admin/suppliers/${applied.data.supplier.id}/reject`, { note: "营业执照不清晰，请重新上传" }, admin)
        const token = await login(email)
        expect((await api.get("/supplier/me", bearer(token))).data.supplier).toMatchObject({ status: "rejected", review_note: "营业执照不清晰，请重新上传" })
        const res = await call(api.get("/supplier/orders", bearer(token)))
        expect(res.status).toBe(403)
        expect(res.data.message).toContain("营业执照不清晰")
      })

      it("lets the demo owner log in", async () => {
        const token = await login(DEMO_SUPPLIER_OWNER.email, DEMO_SUPPLIER_OWNER.password)
        const me = await api.get("/supplier/me", bearer(token))
        expect(me.data.member).toMatchObject({ email: DEMO_SUPPLIER_OWNER.email, role: "owner" })
        expect(me.data.supplier.status).toBe("approved")
      })
    })

    describe("members", () => {
      it("owners invite staff by e-mail; staff accept, log in, and cannot manage members", async () => {
        const owner = await approvedProducer("inviter@supplier-portal.test")
        const invited = await api.post("/supplier/invites", { email: "Staff@Supplier-Portal.test" }, bearer(owner.token))
        expect(invited.data.invite).toMatchObject({ email: "staff@supplier-portal.test", role: "staff", status: "pending" })
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "staff@supplier-portal.test" })
        const token = (notifications[0]?.data as { token?: string } | undefined)?.token
        expect(token).toBeTruthy()

        // someone else's registration cannot use the token
        const stranger = await call(api.post("/supplier/invites/accept", { token, name: "陌生人" }, bearer(await register("stranger@supplier-portal.test"))))
        expect(stranger.status).toBe(400)

        const accepted = await api.post("/supplier/invites/accept", { token, name: "示例员工" }, bearer(await register("staff@supplier-portal.test")))
        expect(accepted.data.member).toMatchObject({ role: "staff", supplier_id: owner.supplier_id })
        const staff = await login("staff@supplier-portal.test")
        expect((await api.get("/supplier/me", bearer(staff))).data.supplier.id).toBe(owner.supplier_id)
        expect((await api.get("/supplier/members", bearer(staff))).data.members).toHaveLength(2)
        const refused = await call(api.post("/supplier/invites", { email: "more@supplier-portal.test" }, bearer(staff)))
        expect(refused.status).toBe(403)
        const promote = await call(api.post(`/supplier/members/${accepted.data.member.id}`, { role: "owner" }, bearer(staff)))
        expect(promote.status).toBe(403)

        // the owner disables the staff member: its login no longer opens the portal
        await api.post(`/supplier/members/${accepted.data.member.id}`, { status: "disabled" }, bearer(owner.token))
        expect((await call(api.get("/supplier/me", bearer(staff)))).status).toBe(401)
      })
    })
  },
})
