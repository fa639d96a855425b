import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type MemberRole, normaliseMemberRoles } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { cny } from "../../../modules/institution/service"

export type ChangeInstitutionMemberInput = {
  institution_id: string
  member_id: string
  /** the member's new roles; absent with remove */
  roles?: MemberRole[]
  /** 月度预算 in CNY; null: none; absent: unchanged */
  monthly_budget?: number | null
  remove?: boolean
}

type Undo = { id: string; roles: MemberRole[]; removed: boolean; monthly_budget?: number | null }

/**
 * An admin changes a member's roles or removes the member. A member of another
 * institution is "not found"; the last admin can neither be removed nor lose
 * the admin role (the institution would be locked out of its own members).
 */
export const changeInstitutionMemberStep = createStep(
  "change-institution-member",
  async (input: ChangeInstitutionMemberInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const members = await service.listInstitutionBuyers({ institution_id: input.institution_id })
    const target = members.find((m) => m.id === input.member_id)
    if (!target) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${input.member_id} was not found`)
    const before = (target.roles ?? []) as MemberRole[]
    const after = input.remove ? [] : normaliseMemberRoles(input.roles ?? before)
    const adminsLeft = members.filter((m) => (m.id === target.id ? after : ((m.roles ?? []) as MemberRole[])).includes("admin")).length
    if (adminsLeft === 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${input.remove ? "id" : "roles"}: 单位至少要保留一位管理员 / an institution keeps at least one admin; make someone else admin first`
      )
    }
    if (input.remove) {
      await service.softDeleteInstitutionBuyers(target.id)
      return new StepResponse({ id: target.id, roles: before, removed: true }, { id: target.id, roles: before, removed: true } as Undo)
    }
    const budget = input.monthly_budget === undefined ? {} : { monthly_budget: input.monthly_budget }
    await service.updateInstitutionBuyers({ id: target.id, roles: after, ...budget })
    const budgetBefore = target.monthly_budget === null || target.monthly_budget === undefined ? null : cny(target.monthly_budget)
    return new StepResponse(
      { id: target.id, roles: after, removed: false },
      { id: target.id, roles: before, removed: false, ...(input.monthly_budget === undefined ? {} : { monthly_budget: budgetBefore }) } as Undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    if (undo.removed) await service.restoreInstitutionBuyers(undo.id)
    else await service.updateInstitutionBuyers({ id: undo.id, roles: undo.roles, ...(undo.monthly_budget === undefined ? {} : { monthly_budget: undo.monthly_budget }) })
  }
)
