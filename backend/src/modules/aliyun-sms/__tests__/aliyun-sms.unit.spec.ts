import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import AliyunSmsNotificationService, { endpointParts } from "../services/aliyun-sms"

const logger = { warn: () => {}, info: () => {}, error: () => {} } as never

/**
 * A stand-in for Alibaba Cloud's SendSms endpoint (the real one cannot be reached from here): it
 * records what the official SDK sends and answers as the API does. The test at the end talks to
 * the real service when ALIYUN_SMS_* and ALIYUN_SMS_TEST_MOBILE are set.
 */
function aliyunSmsStandIn() {
  const received: Array<{ params: URLSearchParams; headers: IncomingMessage["headers"] }> = []
  let answer: Record<string, string> = { Code: "OK", Message: "OK", BizId: "900000000000000000^0", RequestId: "stand-in" }
  const server: Server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const params = new URL(req.url ?? "/", "http://stand-in").searchParams
      for (const [k, v] of new URLSearchParams(body)) params.append(k, v)
      received.push({ params, headers: req.headers })
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify(answer))
    })
  })
  return {
    received,
    answerWith: (a: Record<string, string>) => (answer = a),
    start: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe("Alibaba Cloud SMS provider (against a stand-in of the API)", () => {
  const standIn = aliyunSmsStandIn()
  let sms: AliyunSmsNotificationService

  beforeAll(async () => {
    const endpoint = await standIn.start()
    sms = new AliyunSmsNotificationService(
      { logger },
      { accessKeyId: "LTAI-test", accessKeySecret: "secret-test", signName: "昆明消费扶贫", templates: { "mobile-code": "SMS_000001" }, endpoint }
    )
  })
  afterAll(() => standIn.stop())

  it("texts the login code with our signature and template, signed with the access key, without the local provider's readable line", async () => {
    const sent = await sms.send({ to: "13800000001", channel: "sms", template: "mobile-code", data: { code: "472613", text: "【昆明消费扶贫】…" } } as never)
    expect(sent).toEqual({ id: "900000000000000000^0" })
    const { params, headers } = standIn.received.at(-1)!
    expect(Object.fromEntries(params)).toMatchObject({
      PhoneNumbers: "13800000001",
      SignName: "昆明消费扶贫",
      TemplateCode: "SMS_000001",
      TemplateParam: JSON.stringify({ code: "472613" }),
    })
    expect(headers["x-acs-action"]).toBe("SendSms")
    expect(String(headers.authorization)).toContain("Credential=LTAI-test")
  })

  it("fails the send when the service refuses (a mobile over its daily limit), so the shopper is told", async () => {
    standIn.answerWith({ Code: "isv.BUSINESS_LIMIT_CONTROL", Message: "触发天级流控", RequestId: "stand-in" })
    await expect(sms.send({ to: "13800000001", channel: "sms", template: "mobile-code", data: { code: "1" } } as never)).rejects.toThrow(
      /isv.BUSINESS_LIMIT_CONTROL/
    )
  })

  it("refuses a template it has no code for", async () => {
    await expect(sms.send({ to: "13800000001", channel: "sms", template: "order-shipped", data: {} } as never)).rejects.toThrow(/order-shipped/)
  })

  it("reads an endpoint as a host or as a URL", () => {
    expect(endpointParts()).toEqual({ endpoint: "dysmsapi.aliyuncs.com", protocol: "https" })
    expect(endpointParts("http://127.0.0.1:9999/")).toEqual({ endpoint: "127.0.0.1:9999", protocol: "http" })
  })
})

const real = process.env.ALIYUN_SMS_ACCESS_KEY_ID && process.env.ALIYUN_SMS_TEST_MOBILE
describe.skipIf(!real)("Alibaba Cloud SMS provider (the real service: ALIYUN_SMS_* and ALIYUN_SMS_TEST_MOBILE)", () => {
  it("texts a code to the test mobile", async () => {
    const sms = new AliyunSmsNotificationService(
      { logger },
      {
        accessKeyId: process.env.ALIYUN_SMS_ACCESS_KEY_ID!,
        accessKeySecret: process.env.ALIYUN_SMS_ACCESS_KEY_SECRET!,
        signName: process.env.ALIYUN_SMS_SIGN_NAME!,
        templates: { "mobile-code": process.env.ALIYUN_SMS_TEMPLATE_CODE! },
        endpoint: process.env.ALIYUN_SMS_ENDPOINT,
      }
    )
    const sent = await sms.send({ to: process.env.ALIYUN_SMS_TEST_MOBILE!, channel: "sms", template: "mobile-code", data: { code: "123456" } } as never)
    expect(sent.id).toBeTruthy()
  })
})
