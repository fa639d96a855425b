import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"

export const SUPPLIER_INVITE_TEMPLATE = "supplier-invite"

/** E-mails the invitation link (notification module; the local provider logs it). Last step: nothing to undo. */
export const sendInviteStep = createStep(
  "send-supplier-invite",
  async (input: { email: string; token: string; supplier_name: string }, { container }) => {
    const storefront = readEnv(process.env, { needsDatabase: false }).storefrontUrl ?? "http://localhost:8000"
    const url = `${storefront}/zh/supplier/invite?token=${encodeURIComponent(input.token)}`
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: input.email,
      channel: "email",
      template: SUPPLIER_INVITE_TEMPLATE,
      data: {
        subject: `${input.supplier_name} 邀请您加入供应商工作台 / You are invited to a supplier portal`,
        token: input.token,
        url,
        text: `${input.supplier_name} 邀请您加入昆明消费扶贫商城供应商工作台：${url}\nYou are invited to ${input.supplier_name}'s producer portal: ${url}`,
      },
    })
    return new StepResponse(true)
  }
)
