import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import ExcelJS from "exceljs"
import { Modules } from "@medusajs/framework/utils"
import { creditCodeCheckChar, INSTITUTION_IMPORT_COLUMNS } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../src/modules/institution"
import type InstitutionModuleService from "../../src/modules/institution/service"
import { adminHeaders, call, storeHeaders } from "../helpers/shopping"

// Issue 10, "Who and how they get in": the operator imports institutions, sends
// an approved one's admin an activation link, the admin invites members, and
// nobody gets in without a link.

type Headers = { headers: Record<string, string> }

/** A valid 统一社会信用代码 for test number n (GB 32100-2015 check character). */
const code = (n: number) => {
  const first17 = `12530100MD${String(n).padStart(7, "0")}`
  return first17 + creditCodeCheckChar(first17)
}
const HEADER = Object.values(INSTITUTION_IMPORT_COLUMNS).join(",")
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!

function upload(content: Buffer | string, filename: string) {
  const form = new FormData()
  form.append("file", new Blob([typeof content === "string" ? content : new Uint8Array(content)]), filename)
  return form
}

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    const password = "fupin-demo-9"
    const as = (token?: string): Headers => ({ headers: { ...store.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } })
    const service = () => getContainer().resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const login = async (email: string, pw = password) => (await api.post("/auth/customer/emailpass", { email, password: pw })).data.token as string

    let n = 100
    async function approvedInstitution(name = `昆明市某测试医院（示例${++n}）`) {
      const inst = (
        await api.post(
          "/admin/institutions",
          { name, credit_code: code(n), kind: "hospital", contact_name: "联系人（示例）", contact_phone: "13800000001", address: "昆明市盘龙区 示例路1号" },
          admin
        )
      ).data.institution as { id: string; name: string }
      await api.post(`/admin/institutions/${inst.id}/approve`, {}, admin)
      return inst
    }

    /** An approved institution whose admin has activated their login; returns the admin's token. */
    async function activatedAdmin(email: string) {
      const inst = await approvedInstitution()
      const link = await api.post(`/admin/institutions/${inst.id}/activation`, { email }, admin)
      await api.post("/store/institution-invites/accept", { token: tokenOf(link.data.url), password }, store)
      return { institution: inst, token: await login(email) }
    }

    beforeAll(async () => {
      admin = await adminHeaders(api)
      store = await storeHeaders(getContainer())
    })

    describe("the operator's import", () => {
      const csv = [
        HEADER,
        `昆明市某测试小学（示例01）,${code(1)},学校,昆明市教育体育局,联系人（示例01）,13800000011,昆明市五华区 示例路1号`,
        `昆明市某测试企业（示例02）,${code(2).slice(0, 17)}0,企业,,联系人（示例02）,13800000012,`,
        `昆明市某测试医院（示例03）,${code(3)},诊所,,联系人（示例03）,12800000013,`,
        `昆明市某测试中学（示例04）,${code(1)},学校,,联系人（示例04）,13800000014,`,
        `昆明市某测试机关（示例05）,${code(5)},机关单位,昆明市人民政府,联系人（示例05）,13900000015,`,
      ].join("\n")

      it("reports every bad row by its number and column, and a dry run creates nothing", async () => {
        const res = await api.post("/admin/institutions/import?dry_run=true", upload(csv, "units.csv"), admin)
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ dry_run: true, total: 5, ok: 2, errors: 3, created: 0 })
        const byRow = Object.fromEntries(res.data.rows.map((r: { row: number }) => [r.row, r]))
        expect(byRow[2]).toMatchObject({ ok: true, errors: [] })
        expect(byRow[3].errors).toEqual([{ field: "credit_code", reason: expect.stringContaining("校验位") }])
        expect(byRow[4].errors.map((e: { field: string }) => e.field)).toEqual(["kind", "contact_phone"])
        expect(byRow[5].errors).toEqual([{ field: "credit_code", reason: expect.stringContaining("第 2 行") }])
        expect(byRow[6]).toMatchObject({ ok: true })
        const found = await service().listInstitutions({ credit_code: [code(1), code(5)] })
        expect(found).toEqual([])
      })

      it("creates the good rows pending review, with their parent unit, and then reports them as already registered", async () => {
        const res = await api.post("/admin/institutions/import", upload(csv, "units.csv"), admin)
        expect(res.status).toBe(201)
        expect(res.data).toMatchObject({ dry_run: false, status: "pending", ok: 2, errors: 3, created: 2 })
        const created = await service().listInstitutions({ credit_code: [code(1), code(5)] }, { order: { credit_code: "ASC" } })
        expect(created.map((i) => [i.name, i.kind, i.status, i.parent_name, i.contact_phone])).toEqual([
          ["昆明市某测试小学（示例01）", "school", "pending", "昆明市教育体育局", "13800000011"],
          ["昆明市某测试机关（示例05）", "government", "pending", "昆明市人民政府", "13900000015"],
        ])
        expect(res.data.rows.find((r: { row: number }) => r.row === 2).institution_id).toBe(created[0]!.id)

        const again = await api.post("/admin/institutions/import?dry_run=true", upload(csv, "units.csv"), admin)
        expect(again.data.rows.find((r: { row: number }) => r.row === 2).errors).toEqual([
          { field: "credit_code", reason: expect.stringContaining("已登记") },
        ])
      })

      it("reads XLSX too and approves at once when the operator ticks it", async () => {
        const workbook = new ExcelJS.Workbook()
        const sheet = workbook.addWorksheet("单位")
        sheet.addRow(Object.values(INSTITUTION_IMPORT_COLUMNS))
        sheet.addRow(["昆明市某测试学院（示例06）", code(6), "学校", "", "联系人（示例06）", "13700000016", "昆明市呈贡区 示例路6号"])
        sheet.addRow(["", code(7), "医院", "", "联系人（示例07）", "13700000017", ""])
        const xlsx = Buffer.from(await workbook.xlsx.writeBuffer())
        const res = await api.post("/admin/institutions/import?approve=true", upload(xlsx, "units.xlsx"), admin)
        expect(res.data).toMatchObject({ status: "approved", created: 1, errors: 1 })
        expect(res.data.rows[1].errors).toEqual([{ field: "name", reason: expect.stringContaining("不能为空") }])
        const [inst] = await service().listInstitutions({ credit_code: code(6) })
        expect(inst).toMatchObject({ status: "approved", reviewed_by: expect.stringMatching(/^user_/) })
      })

      it("refuses a file without the required columns, and no file at all, naming why", async () => {
        const res = await call(api.post("/admin/institutions/import", upload("单位名称,手机\n某单位,13800000000", "x.csv"), admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/统一社会信用代码/)
        const none = await call(api.post("/admin/institutions/import", {}, admin))
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/^file:/)
      })

      it("offers the template with the Chinese headers, as CSV and XLSX", async () => {
        const csvTemplate = await api.get("/admin/institutions/import/template?format=csv", admin)
        expect(String(csvTemplate.data).replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe(HEADER)
        const xlsxTemplate = await api.get("/admin/institutions/import/template?format=xlsx", { ...admin, responseType: "arraybuffer" })
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(xlsxTemplate.data)
        expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, ...Object.values(INSTITUTION_IMPORT_COLUMNS)])
        // the template's example row passes its own check
        const check = await api.post("/admin/institutions/import?dry_run=true", upload(Buffer.from(xlsxTemplate.data), "t.xlsx"), admin)
        expect(check.data).toMatchObject({ ok: 1, errors: 0 })
      })
    })

    describe("the activation link", () => {
      it("lets the approved institution's admin set a password once, e-mails the link and stores only its hash", async () => {
        const inst = await approvedInstitution()
        const email = "head@activate.test"
        const link = await api.post(`/admin/institutions/${inst.id}/activation`, { email, name: "管理员（示例）" }, admin)
        expect(link.status).toBe(201)
        expect(link.data.url).toMatch(/\/zh\/institution\/activate\?token=[\w-]{43}$/)
        expect(link.data.invite).toMatchObject({ kind: "activation", email, roles: ["admin"], status: "pending" })
        expect(JSON.stringify(link.data.invite)).not.toContain("token")
        const hoursLeft = (new Date(link.data.invite.expires_at).getTime() - Date.now()) / 3600_000
        expect(hoursLeft).toBeGreaterThan(71)
        expect(hoursLeft).toBeLessThanOrEqual(72)

        const token = tokenOf(link.data.url)
        const [stored] = await service().listInstitutionInvites({ id: link.data.invite.id })
        expect(stored!.token_hash).not.toContain(token)
        const [sent] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "institution-activation" })
        expect(sent?.data).toMatchObject({ url: link.data.url })

        const lookup = await api.post("/store/institution-invites/lookup", { token }, store)
        expect(lookup.data.invite).toMatchObject({ kind: "activation", email, account_exists: false, institution: { id: inst.id, name: inst.name } })

        const short = await call(api.post("/store/institution-invites/accept", { token, password: "short" }, store))
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/^password:/)

        const accepted = await api.post("/store/institution-invites/accept", { token, password, first_name: "管理员" }, store)
        expect(accepted.data).toMatchObject({ account: "created", email, member: { institution_id: inst.id, roles: ["admin"] } })
        const me = await api.get("/store/customers/me", as(await login(email)))
        expect(me.data.customer).toMatchObject({ id: accepted.data.member.customer_id, email, has_account: true })

        for (const attempt of [
          () => api.post("/store/institution-invites/accept", { token, password: "another-password" }, store),
          () => api.post("/store/institution-invites/lookup", { token }, store),
        ]) {
          const again = await call(attempt())
          expect(again.status).toBe(400)
          expect(again.data).toMatchObject({ code: "used", message: expect.stringContaining("已使用") })
        }
      })

      it("answers an expired link clearly and lets nobody in with it", async () => {
        const inst = await approvedInstitution()
        const link = await api.post(`/admin/institutions/${inst.id}/activation`, { email: "late@activate.test" }, admin)
        await service().updateInstitutionInvites({ id: link.data.invite.id, expires_at: new Date(Date.now() - 1000) })
        const res = await call(api.post("/store/institution-invites/accept", { token: tokenOf(link.data.url), password }, store))
        expect(res.status).toBe(400)
        expect(res.data).toMatchObject({ code: "expired", message: expect.stringContaining("已过期") })
        expect(await service().listInstitutionBuyers({ institution_id: inst.id })).toEqual([])
        const identities = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "late@activate.test" })
        expect(identities).toEqual([])
      })

      it("is refused for an institution not yet approved, and a newer link replaces the older one", async () => {
        const pending = (
          await api.post(
            "/admin/institutions",
            { name: "昆明市某待审单位（示例90）", credit_code: code(90), kind: "enterprise", contact_name: "联系人", contact_phone: "13800000090", address: "昆明市" },
            admin
          )
        ).data.institution
        const refused = await call(api.post(`/admin/institutions/${pending.id}/activation`, { email: "x@activate.test" }, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^status:/)

        const inst = await approvedInstitution()
        const first = await api.post(`/admin/institutions/${inst.id}/activation`, { email: "twice@activate.test" }, admin)
        const second = await api.post(`/admin/institutions/${inst.id}/activation`, { email: "twice@activate.test" }, admin)
        const old = await call(api.post("/store/institution-invites/lookup", { token: tokenOf(first.data.url) }, store))
        expect(old.data.code).toBe("revoked")
        expect((await api.post("/store/institution-invites/lookup", { token: tokenOf(second.data.url) }, store)).status).toBe(200)
        const unknown = await call(api.post("/store/institution-invites/lookup", { token: "x".repeat(43) }, store))
        expect(unknown.data.code).toBe("invalid")
      })

      it("never takes over an existing account: its owner must log in with that e-mail to accept", async () => {
        const email = "owner@activate.test"
        const reg = await api.post("/auth/customer/emailpass/register", { email, password })
        await api.post("/store/customers", { email, first_name: "已有" }, as(reg.data.token))
        const inst = await approvedInstitution()
        const link = await api.post(`/admin/institutions/${inst.id}/activation`, { email }, admin)
        const token = tokenOf(link.data.url)
        expect((await api.post("/store/institution-invites/lookup", { token }, store)).data.invite.account_exists).toBe(true)

        const anonymous = await call(api.post("/store/institution-invites/accept", { token, password: "taken-over-1" }, store))
        expect(anonymous.status).toBe(401)
        expect(anonymous.data.code).toBe("login_required")
        const other = await api.post("/auth/customer/emailpass/register", { email: "someone-else@activate.test", password })
        await api.post("/store/customers", { email: "someone-else@activate.test" }, as(other.data.token))
        const wrong = await call(api.post("/store/institution-invites/accept", { token }, as(await login("someone-else@activate.test"))))
        expect(wrong.status).toBe(401)
        // the owner's password still works, and nobody joined
        expect(await service().listInstitutionBuyers({ institution_id: inst.id })).toEqual([])

        const ownerToken = await login(email)
        const joined = await api.post("/store/institution-invites/accept", { token }, as(ownerToken))
        expect(joined.data).toMatchObject({ account: "existing", member: { roles: ["admin"] } })
      })
    })

    describe("invitations and members", () => {
      it("an admin invites a purchaser, who sets a password, joins and reaches the portal with that role", async () => {
        const { institution, token: adminToken } = await activatedAdmin("admin@invite.test")
        const invite = await api.post("/store/institution/invites", { email: "Buyer@Invite.test", roles: ["purchaser"] }, as(adminToken))
        expect(invite.status).toBe(201)
        expect(invite.data.invite).toMatchObject({ kind: "invite", email: "buyer@invite.test", roles: ["purchaser"], status: "pending" })
        expect(invite.data.url).toMatch(/\/zh\/institution\/invite\?token=/)
        const listed = await api.get("/store/institution/invites", as(adminToken))
        expect(listed.data.invites.map((i: { id: string }) => i.id)).toEqual([invite.data.invite.id])

        const accepted = await api.post("/store/institution-invites/accept", { token: tokenOf(invite.data.url), password }, store)
        expect(accepted.data).toMatchObject({ account: "created", member: { institution_id: institution.id, roles: ["purchaser"] } })
        const buyerToken = await login("buyer@invite.test")
        const me = await api.get("/store/institution/me", as(buyerToken))
        expect(me.data.member).toMatchObject({ institution_id: institution.id, roles: ["purchaser"] })

        const members = await api.get("/store/institution/members", as(adminToken))
        expect(members.data.members.map((m: { customer: { email: string }; roles: string[] }) => [m.customer.email, m.roles])).toEqual([
          ["admin@invite.test", ["admin"]],
          ["buyer@invite.test", ["purchaser"]],
        ])
        // a purchaser does not manage members
        for (const attempt of [
          () => api.get("/store/institution/members", as(buyerToken)),
          () => api.post("/store/institution/invites", { email: "x@invite.test", roles: ["admin"] }, as(buyerToken)),
        ]) {
          expect((await call(attempt())).status).toBe(403)
        }
      })

      it("changes roles, withdraws invitations and removes members, but never the last admin", async () => {
        const { token: adminToken } = await activatedAdmin("admin2@invite.test")
        const members = (await api.get("/store/institution/members", as(adminToken))).data.members
        const self = members[0].id as string

        const demote = await call(api.post(`/store/institution/members/${self}`, { roles: ["purchaser"] }, as(adminToken)))
        expect(demote.status).toBe(400)
        expect(demote.data.message).toMatch(/至少要保留一位管理员/)
        const remove = await call(api.delete(`/store/institution/members/${self}`, as(adminToken)))
        expect(remove.status).toBe(400)

        const both = await api.post(`/store/institution/members/${self}`, { roles: ["approver", "admin", "admin"] }, as(adminToken))
        expect(both.data.member.roles).toEqual(["admin", "approver"])
        const bad = await call(api.post(`/store/institution/members/${self}`, { roles: ["owner"] }, as(adminToken)))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/roles/)

        const invite = await api.post("/store/institution/invites", { email: "second@invite.test", roles: ["admin", "approver"] }, as(adminToken))
        await api.post("/store/institution-invites/accept", { token: tokenOf(invite.data.url), password }, store)
        const second = (await api.get("/store/institution/members", as(adminToken))).data.members.find(
          (m: { customer: { email: string } }) => m.customer.email === "second@invite.test"
        )
        // with a second admin, the first may step down
        const stepDown = await api.post(`/store/institution/members/${self}`, { roles: ["approver"] }, as(adminToken))
        expect(stepDown.data.member.roles).toEqual(["approver"])
        const secondToken = await login("second@invite.test")
        expect((await api.delete(`/store/institution/members/${self}`, as(secondToken))).data).toMatchObject({ deleted: true })
        expect((await call(api.get("/store/institution/me", as(adminToken)))).status).toBe(403)
        expect((await call(api.delete(`/store/institution/members/${second.id}`, as(secondToken)))).status).toBe(400)

        const pending = await api.post("/store/institution/invites", { email: "never@invite.test", roles: ["purchaser"] }, as(secondToken))
        await api.delete(`/store/institution/invites/${pending.data.invite.id}`, as(secondToken))
        const withdrawn = await call(api.post("/store/institution-invites/accept", { token: tokenOf(pending.data.url), password }, store))
        expect(withdrawn.data.code).toBe("revoked")
        expect((await api.get("/store/institution/invites", as(secondToken))).data.invites).toEqual([])
      })

      it("lets another institution's admin neither see nor act on this institution's members and invitations (404)", async () => {
        const { token: ownAdmin } = await activatedAdmin("admin3@invite.test")
        const { token: otherAdmin } = await activatedAdmin("other-admin@invite.test")
        const invite = await api.post("/store/institution/invites", { email: "target@invite.test", roles: ["purchaser"] }, as(ownAdmin))
        const [mine] = (await api.get("/store/institution/members", as(ownAdmin))).data.members

        const theirs = await api.get("/store/institution/members", as(otherAdmin))
        expect(theirs.data.members.map((m: { id: string }) => m.id)).not.toContain(mine.id)
        expect(JSON.stringify((await api.get("/store/institution/invites?status=all", as(otherAdmin))).data)).not.toContain("target@invite.test")
        // one at a time, each wrapped as it is sent: a refusal is an answer, not an unhandled rejection
        for (const attempt of [
          () => api.post(`/store/institution/members/${mine.id}`, { roles: ["purchaser"] }, as(otherAdmin)),
          () => api.delete(`/store/institution/members/${mine.id}`, as(otherAdmin)),
          () => api.delete(`/store/institution/invites/${invite.data.invite.id}`, as(otherAdmin)),
        ]) {
          const res = await call(attempt())
          expect(res.status).toBe(404)
          expect(JSON.stringify(res.data)).not.toContain("admin3@invite.test")
        }
        // nothing changed
        expect((await api.get("/store/institution/members", as(ownAdmin))).data.members[0].roles).toEqual(["admin"])
        expect((await api.get("/store/institution/invites", as(ownAdmin))).data.invites).toHaveLength(1)
      })

      it("a member of one institution cannot join another with an invitation", async () => {
        const { token: firstAdmin } = await activatedAdmin("first@join.test")
        const { token: secondAdmin } = await activatedAdmin("second@join.test")
        const invite = await api.post("/store/institution/invites", { email: "first@join.test", roles: ["purchaser"] }, as(secondAdmin))
        const res = await call(api.post("/store/institution-invites/accept", { token: tokenOf(invite.data.url) }, as(firstAdmin)))
        expect(res.status).toBe(400)
        expect(res.data.code).toBe("other_institution")
        // the link stays open: the failed accept closed nothing
        expect((await api.post("/store/institution-invites/lookup", { token: tokenOf(invite.data.url) }, store)).status).toBe(200)
      })
    })

    describe("not let in without an invitation", () => {
      it("registering alone with an e-mail of an institution's domain makes a plain shopper, not a member", async () => {
        const email = "newcomer@school01.fupin.local"
        const reg = await api.post("/auth/customer/emailpass/register", { email, password })
        const created = await api.post("/store/customers", { email, first_name: "新人" }, as(reg.data.token))
        const token = await login(email)
        expect(await service().listInstitutionBuyers({ customer_id: created.data.customer.id })).toEqual([])
        for (const path of ["/store/institution/me", "/store/institution/members", "/store/institution/invites"]) {
          const res = await call(api.get(path, as(token)))
          expect(res.status, path).toBe(403)
        }
        // and the shop works for them as for anyone
        expect((await api.get("/store/customers/me", as(token))).data.customer.email).toBe(email)
      })
    })
  },
})
