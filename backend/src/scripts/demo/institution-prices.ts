import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { ALL_INSTITUTIONS_GROUP_NAME, CUSTOMER_GROUP_RULE } from "../../lib/institution/price-groups"
import { syncAllInstitutionGroups } from "../../lib/institution/sync-all-groups"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { demoCreditCode } from "./institutions"

/**
 * Demo institutional prices (CNY per unit; retail: 东川面条 500g ¥12.8, 禄劝苦荞米 1kg ¥19.9).
 * For every institution a lower price; for 昆明市某中学（示例01） its own, with a break at 50 units.
 */
export const DEMO_INSTITUTION_PRICES = {
  all: {
    title: "机构采购价（全部机构）",
    description: "示例：所有机构采购客户的单位价 / demo: every institution's price",
    prices: [
      { sku: "DC-NOODLE-500", amount: 11.5 },
      { sku: "LQ-BUCKWHEAT-1000", amount: 17.9 },
    ],
  },
  school01: {
    title: "昆明市某中学（示例01）专享价",
    description: "示例：单个机构的价格与数量阶梯（≥50 件更低）/ demo: one institution's prices and a quantity break at 50",
    prices: [
      { sku: "DC-NOODLE-500", amount: 11, min_quantity: 1 },
      { sku: "DC-NOODLE-500", amount: 10.5, min_quantity: 50 },
      { sku: "LQ-BUCKWHEAT-1000", amount: 16.5, min_quantity: 50 },
    ],
  },
} as const

/**
 * Gives every demo institution its customer group (members in it), then two
 * Medusa price lists with a customer-group rule: one for all institutions,
 * one for 示例01 only. Idempotent: a list with the same title is left alone.
 */
export async function seedInstitutionPrices(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await syncAllInstitutionGroups(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [school] = await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).listInstitutions({ credit_code: demoCreditCode(1, "school") })
  if (!school) throw new Error("demo prices: 昆明市某中学（示例01） is missing")
  const { data: own } = await query.graph({ entity: "institution", fields: ["customer_group.id"], filters: { id: school.id } })
  const schoolGroup = (own[0] as unknown as { customer_group?: { id: string } | null } | undefined)?.customer_group?.id
  const [all] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: ALL_INSTITUTIONS_GROUP_NAME }, { take: 1 })
  if (!schoolGroup || !all) throw new Error("demo prices: the institutions' customer groups are missing")

  const skus = [...new Set(Object.values(DEMO_INSTITUTION_PRICES).flatMap((l) => l.prices.map((p) => p.sku)))]
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: skus }, { select: ["id", "sku"] })
  const variantOf = new Map(variants.map((v) => [v.sku, v.id]))
  const existing = await container.resolve(Modules.PRICING).listPriceLists({}, { select: ["title"], take: null })
  const have = new Set(existing.map((l) => l.title))

  const lists = (
    [
      [DEMO_INSTITUTION_PRICES.all, all.id],
      [DEMO_INSTITUTION_PRICES.school01, schoolGroup],
    ] as const
  ).filter(([l]) => !have.has(l.title))
  if (!lists.length) return
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: lists.map(([l, group]) => ({
        title: l.title,
        description: l.description,
        type: "override" as const,
        status: "active" as const,
        rules: { [CUSTOMER_GROUP_RULE]: [group] },
        prices: l.prices.map((p) => {
          const variant_id = variantOf.get(p.sku)
          if (!variant_id) throw new Error(`demo prices: no variant ${p.sku}`)
          return { variant_id, currency_code: "cny", amount: p.amount, ...("min_quantity" in p ? { min_quantity: p.min_quantity } : {}) }
        }),
      })),
    },
  })
  logger.info(`demo: ${lists.length} institutional price lists`)
}
