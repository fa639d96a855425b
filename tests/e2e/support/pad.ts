import { expect, type Page } from "@playwright/test"
import { api, login, publishableKey } from "./backend"

/** The demo school's purchaser, who fills the order pad. */
export const PAD_PURCHASER = "purchaser@school01.fupin.local"

/** A line the pad accepts: a little over the product's minimum, in whole packs. */
export async function padLine(sku: string): Promise<[string, string]> {
  const { variants } = await api<{ variants: Array<{ sku: string; min_quantity: number; pack_size: number }> }>(
    `/store/institution/pad/variants?sku=${sku}`,
    { token: await login("customer", PAD_PURCHASER), key: await publishableKey() }
  )
  const v = variants.find((x) => x.sku === sku)!
  const pack = Math.max(1, v.pack_size)
  return [sku, String(Math.ceil(Math.max(2, v.min_quantity) / pack) * pack)]
}

/** The pad, emptied, then filled from an uploaded file of these lines. */
export async function fillPad(page: Page, lines: Array<[string, string]>) {
  await page.goto("/zh/institution/pad")
  await expect(page.getByRole("heading", { level: 1, name: "批量下单" })).toBeVisible()
  if (await page.getByRole("button", { name: "清空清单" }).isVisible()) {
    page.once("dialog", (d) => void d.accept())
    await page.getByRole("button", { name: "清空清单" }).click()
  }
  const csv = ["商品编码/SKU,数量", ...lines.map((l) => l.join(","))].join("\n") + "\n"
  await page.getByLabel("选择文件").setInputFiles({ name: "常用.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") })
  await page.getByRole("button", { name: "上传并检查" }).click()
  await page.getByRole("button", { name: "全部加入清单" }).click()
  await expect(page.getByTestId("pad-line")).toHaveCount(lines.length)
}
