import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import AliyunSmsNotificationService from "./services/aliyun-sms"

/** Texts (login codes) through Alibaba Cloud SMS (阿里云短信服务), the notification module's `sms` channel in production. */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [AliyunSmsNotificationService],
})
