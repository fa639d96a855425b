/**
 * Production keeps files in an S3-compatible store (MinIO in docker-compose.yml).
 * No MinIO runs here, so `s3rver` — an S3 stand-in on loopback, not S3 itself —
 * answers the same API: a file uploaded through @medusajs/file-s3, configured
 * from S3_* exactly as medusa-config.ts does, can be read back.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver ships CommonJS without types
const S3rver = require("s3rver")
import { S3FileService } from "@medusajs/file-s3/dist/services/s3-file"
import { readEnv } from "../../../config/env"
import { fileProviderFrom } from "../provider"

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex"
)

describe("files in an S3-compatible store (s3rver as the stand-in)", () => {
  let dir: string
  let server: { run(): Promise<{ port: number }>; close(): Promise<void> }
  let endpoint: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "s3-stand-in-"))
    server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: dir, configureBuckets: [{ name: "fupin-files" }] })
    const { port } = await server.run()
    endpoint = `http://127.0.0.1:${port}`
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const s3Env = () => ({
    DATABASE_URL: "postgres://unused/unused",
    S3_FILE_URL: `${endpoint}/fupin-files`,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_REGION: "us-east-1",
    S3_BUCKET: "fupin-files",
    S3_ENDPOINT: endpoint,
  })

  it("chooses @medusajs/file-s3 only when S3_* is set, and names a missing variable", () => {
    expect(fileProviderFrom(readEnv({ DATABASE_URL: "postgres://x/y" }).files).resolve).toBe("@medusajs/medusa/file-local")
    expect(fileProviderFrom(readEnv(s3Env()).files)).toMatchObject({
      resolve: "@medusajs/file-s3",
      options: { bucket: "fupin-files", endpoint, additional_client_config: { forcePathStyle: true } },
    })
    const { S3_BUCKET: _, ...incomplete } = s3Env()
    expect(() => readEnv(incomplete)).toThrow(/^S3_BUCKET: S3 file storage needs/)
  })

  it("stores an upload and reads it back, by the provider and at its public URL", async () => {
    const { options } = fileProviderFrom(readEnv(s3Env()).files)
    const logger = { error: () => undefined, warn: () => undefined, info: () => undefined }
    const s3 = new S3FileService({ logger } as never, options as never)
    const stored = await s3.upload({ filename: "3f6c.png", mimeType: "image/png", content: PNG.toString("base64"), access: "public" })
    expect(stored.url.startsWith(`${endpoint}/fupin-files/`)).toBe(true)

    expect((await s3.getAsBuffer({ fileKey: stored.key })).equals(PNG)).toBe(true)
    const res = await fetch(stored.url)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("image/png")
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true)
  })
})
