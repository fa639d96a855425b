import { describe, expect, it } from "vitest"
import { ConfigError, DEFAULT_BACKEND_URL, readConfig } from "../config"

describe("readConfig", () => {
  it("defaults the backend URL to the local Medusa", () => {
    expect(readConfig({ MEDUSA_PUBLISHABLE_KEY: "pk_test" })).toEqual({
      backendUrl: DEFAULT_BACKEND_URL,
      publishableKey: "pk_test",
    })
  })

  it("uses MEDUSA_BACKEND_URL without a trailing slash", () => {
    expect(readConfig({ MEDUSA_BACKEND_URL: "https://api.example.cn/", MEDUSA_PUBLISHABLE_KEY: "pk_1" }).backendUrl).toBe(
      "https://api.example.cn"
    )
  })

  it("names MEDUSA_PUBLISHABLE_KEY when it is missing or blank", () => {
    for (const env of [{}, { MEDUSA_PUBLISHABLE_KEY: "  " }]) {
      expect(() => readConfig(env)).toThrow(ConfigError)
      expect(() => readConfig(env)).toThrow(/MEDUSA_PUBLISHABLE_KEY/)
    }
  })

  it("names MEDUSA_BACKEND_URL when it is not an http(s) URL", () => {
    expect(() => readConfig({ MEDUSA_BACKEND_URL: "localhost:9000x", MEDUSA_PUBLISHABLE_KEY: "pk" })).toThrow(/MEDUSA_BACKEND_URL/)
    expect(() => readConfig({ MEDUSA_BACKEND_URL: "not a url", MEDUSA_PUBLISHABLE_KEY: "pk" })).toThrow(/MEDUSA_BACKEND_URL/)
  })
})
