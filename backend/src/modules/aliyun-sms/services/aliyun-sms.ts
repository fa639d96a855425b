import Dysmsapi, { SendSmsRequest } from "@alicloud/dysmsapi20170525"
import { $OpenApiUtil } from "@alicloud/openapi-core"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"

export type AliyunSmsOptions = {
  accessKeyId: string
  accessKeySecret: string
  /** 短信签名, as approved in the SMS console */
  signName: string
  /** our template name → the console's template code (SMS_…) */
  templates: Record<string, string>
  /** dysmsapi.aliyuncs.com (over https) unless told otherwise: a host, or http(s)://host:port */
  endpoint?: string
}

/** The SDK takes the host and the protocol apart. */
export function endpointParts(endpoint = "dysmsapi.aliyuncs.com"): { endpoint: string; protocol: "http" | "https" } {
  const match = /^(https?):\/\/(.+?)\/?$/.exec(endpoint.trim())
  return match ? { protocol: match[1] as "http" | "https", endpoint: match[2]! } : { protocol: "https", endpoint: endpoint.trim() }
}

/**
 * Sends the notification module's `sms` notifications with Alibaba Cloud's
 * SendSms API (the official SDK). A notification names one of our templates
 * (`mobile-code`); its `data` fills the console template's variables
 * (`${code}`), and `text`, the local provider's readable line, is left out.
 * A refusal (Code other than OK: a wrong signature, a template not approved,
 * the mobile's daily limit) throws, so the caller's request fails visibly.
 */
export default class AliyunSmsNotificationService extends AbstractNotificationProviderService {
  static identifier = "aliyun-sms"

  private readonly client: Dysmsapi
  private readonly options: AliyunSmsOptions
  private readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["accessKeyId", "accessKeySecret", "signName"] as const) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `aliyun-sms: option ${key} is required`)
      }
    }
    if (!options.templates || typeof options.templates !== "object") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "aliyun-sms: option templates is required")
    }
  }

  constructor({ logger }: { logger: Logger }, options: AliyunSmsOptions) {
    super()
    this.logger = logger
    this.options = options
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: options.accessKeyId,
        accessKeySecret: options.accessKeySecret,
        ...endpointParts(options.endpoint),
      })
    )
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const templateCode = this.options.templates[notification.template]
    if (!templateCode) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `aliyun-sms: no SMS template for "${notification.template}"`)
    }
    const { text: _readable, ...params } = (notification.data ?? {}) as Record<string, unknown>
    const response = await this.client.sendSms(
      new SendSmsRequest({
        phoneNumbers: notification.to,
        signName: this.options.signName,
        templateCode,
        templateParam: JSON.stringify(params),
      })
    )
    const body = response.body
    if (body?.code !== "OK") {
      this.logger.warn(`aliyun-sms: SendSms refused (${body?.code}): ${body?.message}`)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `短信发送失败，请稍后再试 / the text could not be sent (${body?.code ?? "no answer"})`)
    }
    return { id: body.bizId }
  }
}
