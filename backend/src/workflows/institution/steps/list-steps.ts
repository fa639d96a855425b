import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIST_LIMIT_MESSAGES, MAX_LIST_LINES, MAX_LIST_QUANTITY, MAX_LISTS_PER_INSTITUTION, type PortalListLineDTO } from "@fupin/shared"
import { lineTitle, variantsById } from "../../../lib/institution/lists"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
const bad = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export type ListLinesInput = { lines?: Array<{ variant_id: string; quantity: number }>; order_id?: string }

/**
 * The lines a list will hold: the pad's (each variant must exist; 400 naming
 * the line otherwise) or an order's of the institution (the access rule has
 * checked order_id), 1 to MAX_LIST_LINES lines, the same SKU twice added up.
 * Each keeps its SKU and title of today, to be named if it is delisted later.
 */
export const prepareListLinesStep = createStep("prepare-institution-list-lines", async (input: ListLinesInput, { container }) => {
  let wanted: Array<{ variant_id: string; quantity: number; at: number }>
  if (input.order_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.variant_id", "items.quantity", "items.detail.quantity"],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as
      | { items?: Array<{ variant_id: string | null; quantity?: unknown; detail?: { quantity?: unknown } | null } | null> }
      | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    wanted = (order.items ?? [])
      .filter((i): i is { variant_id: string; quantity?: unknown; detail?: { quantity?: unknown } | null } => !!i?.variant_id)
      .map((i, at) => ({ variant_id: i.variant_id, quantity: Math.min(Number(i.detail?.quantity ?? i.quantity ?? 0), MAX_LIST_QUANTITY), at }))
      .filter((l) => l.quantity > 0)
  } else {
    wanted = (input.lines ?? []).map((l, at) => ({ ...l, at }))
  }
  if (!wanted.length) throw bad(LIST_LIMIT_MESSAGES.empty)
  if (wanted.length > MAX_LIST_LINES) throw bad(LIST_LIMIT_MESSAGES.lines)
  const variants = await variantsById(container, wanted.map((l) => l.variant_id))
  // the order's lines whose product is gone since are left out; the pad's must exist
  if (input.order_id) wanted = wanted.filter((l) => variants.has(l.variant_id))
  const unknown = wanted.filter((l) => !variants.has(l.variant_id))
  if (unknown.length) {
    throw bad(
      unknown
        .slice(0, 5)
        .map((l) => `lines.${l.at}.variant_id: 第 ${l.at + 1} 行的商品不存在或已删除 / line ${l.at + 1}: no such product (${l.variant_id})`)
        .join("; ")
    )
  }
  const merged = new Map<string, PortalListLineDTO>()
  for (const l of wanted) {
    const v = variants.get(l.variant_id)!
    const seen = merged.get(l.variant_id)
    if (seen) seen.quantity = Math.min(seen.quantity + l.quantity, MAX_LIST_QUANTITY)
    else merged.set(l.variant_id, { variant_id: l.variant_id, quantity: l.quantity, sku: v.sku, title: lineTitle(v) })
  }
  if (!merged.size) throw bad(LIST_LIMIT_MESSAGES.empty)
  if (merged.size > MAX_LIST_LINES) throw bad(LIST_LIMIT_MESSAGES.lines)
  return new StepResponse([...merged.values()])
})

/** Refuses a name another list of the institution already has (the unique index backs this up). */
async function assertNameFree(container: { resolve: <T>(key: string) => T }, institutionId: string, name: string, exceptId?: string) {
  const [taken] = await service(container).listInstitutionLists({ institution_id: institutionId, name }, { select: ["id"] })
  if (taken && taken.id !== exceptId) throw bad(LIST_LIMIT_MESSAGES.taken(name))
}

/** Saves a new list (at most MAX_LISTS_PER_INSTITUTION per institution, names unique); undone by deleting it. */
export const createInstitutionListStep = createStep(
  "create-institution-list",
  async (input: { institution_id: string; customer_id: string; name: string; lines: PortalListLineDTO[] }, { container }) => {
    const count = (await service(container).listInstitutionLists({ institution_id: input.institution_id }, { select: ["id"], take: null })).length
    if (count >= MAX_LISTS_PER_INSTITUTION) throw bad(LIST_LIMIT_MESSAGES.lists)
    await assertNameFree(container, input.institution_id, input.name)
    const list = await service(container).createInstitutionLists({
      institution_id: input.institution_id,
      name: input.name,
      lines: input.lines as unknown as Record<string, unknown>,
      created_by: input.customer_id,
    })
    return new StepResponse(list, list.id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).deleteInstitutionLists(id)
  }
)

/** Renames a list and/or replaces its lines; undone by writing the previous name and lines back. */
export const updateInstitutionListStep = createStep(
  "update-institution-list",
  async (input: { id: string; institution_id: string; customer_id: string; name?: string; lines?: PortalListLineDTO[] | null }, { container }) => {
    const [before] = await service(container).listInstitutionLists({ id: input.id, institution_id: input.institution_id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `List with id: ${input.id} was not found`)
    if (input.name !== undefined) await assertNameFree(container, input.institution_id, input.name, before.id)
    const updated = await service(container).updateInstitutionLists({
      id: before.id,
      updated_by: input.customer_id,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.lines ? { lines: input.lines as unknown as Record<string, unknown> } : {}),
    })
    return new StepResponse(updated, { id: before.id, name: before.name, lines: before.lines, updated_by: before.updated_by ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    await service(container).updateInstitutionLists(previous)
  }
)

/** Deletes a list (soft delete); undone by restoring it. */
export const deleteInstitutionListStep = createStep(
  "delete-institution-list",
  async (input: { id: string; institution_id: string }, { container }) => {
    const [found] = await service(container).listInstitutionLists({ id: input.id, institution_id: input.institution_id }, { select: ["id"] })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `List with id: ${input.id} was not found`)
    await service(container).softDeleteInstitutionLists(found.id)
    return new StepResponse({ id: found.id }, found.id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).restoreInstitutionLists(id)
  }
)
