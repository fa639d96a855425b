import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetVariantStockInput = { location_id: string; items: Array<{ variant_id: string; stock: number }> }
type Previous = { inventory_item_id: string; location_id: string; stocked_quantity: number | null }

/**
 * Sets each variant's stock (stocked quantity of its inventory item at the
 * marketplace's warehouse), creating the level when the item has none there.
 * Compensation puts the previous quantities back (or removes created levels).
 * Returns the items and the ids of the levels it set.
 */
export const setVariantStockStep = createStep(
  "set-supplier-variant-stock",
  async (input: SetVariantStockInput, { container }) => {
    if (!input.items.length) return new StepResponse({ items: input.items, level_ids: [] as string[] }, [] as Previous[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: input.items.map((i) => i.variant_id) },
    })
    const itemOf = new Map(
      (data as Array<{ id: string; inventory_items?: Array<{ inventory_item_id: string } | null> | null }>).map((v) => [v.id, v.inventory_items?.[0]?.inventory_item_id])
    )
    const previous: Previous[] = []
    const levelIds: string[] = []
    for (const { variant_id, stock } of input.items) {
      const inventory_item_id = itemOf.get(variant_id)
      if (!inventory_item_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: ${variant_id} 不管理库存 / has no inventory item`)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id, location_id: input.location_id }, { take: 1 })
      previous.push({ inventory_item_id, location_id: input.location_id, stocked_quantity: level ? Number(level.stocked_quantity) : null })
      const [set] = level
        ? await inventory.updateInventoryLevels([{ inventory_item_id, location_id: input.location_id, stocked_quantity: stock }])
        : await inventory.createInventoryLevels([{ inventory_item_id, location_id: input.location_id, stocked_quantity: stock }])
      if (set?.id) levelIds.push(set.id)
    }
    return new StepResponse({ items: input.items, level_ids: levelIds }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const p of previous) {
      if (p.stocked_quantity === null) {
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: p.inventory_item_id, location_id: p.location_id }, { take: 1 })
        if (level) await inventory.deleteInventoryLevels(level.id)
      } else {
        await inventory.updateInventoryLevels([{ inventory_item_id: p.inventory_item_id, location_id: p.location_id, stocked_quantity: p.stocked_quantity }])
      }
    }
  }
)
