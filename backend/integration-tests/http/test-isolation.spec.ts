/**
 * Every HTTP test starts from the database its file began with: the table-level restore
 * (helpers/table-snapshot.ts) must leave nothing of the test before it. The tests in this file
 * run in order: the first writes in every way a test can (through the API, a workflow and raw SQL,
 * a cascading delete, a sequence), the second checks that all of it is gone.
 */
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { Modules } from "@medusajs/framework/utils"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed-demo"
import { writtenTables } from "../helpers/table-snapshot"

const BEEF = "xundian-dried-beef"

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection, dbConfig }) => {
    const knex = () => dbConnection as unknown as { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
    const one = async (sql: string, bindings: unknown[] = []) => (await knex().raw(sql, bindings)).rows[0]!
    let publishableKey = ""
    let before: Record<string, unknown> = {}

    const state = async () => ({
      products: Number((await one("select count(*) from product where deleted_at is null")).count),
      variants: Number((await one("select count(*) from product_variant where deleted_at is null")).count),
      beefTitle: (await one("select title from product where handle = ?", [BEEF])).title,
      regions: Number((await one("select count(*) from region")).count),
      customers: Number((await one("select count(*) from customer")).count),
      carts: Number((await one("select count(*) from cart")).count),
      nextOrderNumber: (await one("select last_value, is_called from order_display_id_seq")) as Record<string, unknown>,
    })

    beforeAll(async () => {
      const keys = await getContainer().resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      publishableKey = keys[0]!.token
    })

    // under FUPIN_TEST_RESTORE=medusa the whole database is re-created instead, and nothing notes the writes
    const notesWrites = process.env.FUPIN_TEST_RESTORE !== "medusa"

    it("a test writes through the API, a module, raw SQL, a cascading delete and a sequence", async () => {
      before = await state()
      if (notesWrites) expect(await writtenTables(dbConfig.dbName!)).toEqual([])

      const store = { headers: { "x-publishable-api-key": publishableKey } }
      const region = (await api.get("/store/regions", store)).data.regions[0]
      const cart = await api.post("/store/carts", { region_id: region.id }, store)
      expect(cart.status).toBe(200)
      await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "isolation@example.com" })
      await knex().raw("update product set title = 'changed by a test' where handle = ?", [BEEF])
      await knex().raw("delete from product where handle <> ?", [BEEF]) // cascades to variants, images…
      await knex().raw("delete from region")
      await knex().raw("select nextval('order_display_id_seq')")

      const after = await state()
      expect(after).toMatchObject({ products: 1, beefTitle: "changed by a test", regions: 0, carts: (before.carts as number) + 1 })
      expect(after.customers).toBe((before.customers as number) + 1)
      expect(after.variants).toBeLessThan(before.variants as number)
      if (notesWrites) {
        expect(await writtenTables(dbConfig.dbName!)).toEqual(expect.arrayContaining(["cart", "customer", "product", "product_variant", "region"]))
      }
    })

    it("the next test starts from the database as the file began: every write of the test before is gone", async () => {
      if (notesWrites) expect(await writtenTables(dbConfig.dbName!)).toEqual([])
      expect(await state()).toEqual(before)
      // and the app still answers on the connections it had
      const products = await api.get(`/store/products?handle=${BEEF}`, { headers: { "x-publishable-api-key": publishableKey } })
      expect(products.data.products[0].title).toBe("寻甸牛干巴")
    })
  },
})
