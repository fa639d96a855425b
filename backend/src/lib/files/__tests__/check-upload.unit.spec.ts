import { describe, expect, it } from "vitest"
import { checkUpload, sniffFileKind } from ".."

const file = (content: Buffer, originalname = "a.png") => ({ originalname, mimetype: "image/png", size: content.length, buffer: content })
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")
const JPEG = Buffer.from("ffd8ffe000104a464946", "hex")
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x10, 0, 0, 0]), Buffer.from("WEBPVP8 ")])
const PDF = Buffer.from("%PDF-1.7\n")

describe("upload checks (lib/files)", () => {
  it("knows JPEG, PNG, WebP and PDF by their bytes, whatever the name says", () => {
    expect([JPEG, PNG, WEBP, PDF].map(sniffFileKind)).toEqual(["jpeg", "png", "webp", "pdf"])
    expect(sniffFileKind(Buffer.from("MZ\x90\x00"))).toBeNull() // Windows executable
    expect(sniffFileKind(Buffer.from("\x7fELF"))).toBeNull()
    expect(sniffFileKind(Buffer.from("<svg onload=alert(1)>"))).toBeNull()
    expect(sniffFileKind(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeNull()
  })

  it("stores under a random name with the real extension, the client's name only as metadata", () => {
    const a = checkUpload(file(PDF, "../../../etc/passwd.png"))
    const b = checkUpload(file(PDF, "report.png"))
    expect(a.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    expect(a.filename).not.toBe(b.filename)
    expect(a).toMatchObject({ kind: "pdf", mimeType: "application/pdf", originalName: "passwd.png" })
  })

  it("decodes a multipart name multer read as Latin-1", () => {
    const latin1 = Buffer.from("质检报告.pdf", "utf8").toString("latin1")
    expect(checkUpload(file(PDF, latin1)).originalName).toBe("质检报告.pdf")
  })

  it("refuses empty and oversize files with a message naming the field", () => {
    expect(() => checkUpload(file(Buffer.alloc(0)))).toThrow(/^files: 「a\.png」是空文件/)
    expect(() => checkUpload(file(Buffer.concat([PNG, Buffer.alloc(2048)])), { maxBytes: 1024 })).toThrow(/^files: 「a\.png」.*超过上限/)
  })
})
