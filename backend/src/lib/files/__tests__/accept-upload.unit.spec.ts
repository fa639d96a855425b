import { describe, expect, it } from "vitest"
import { acceptUpload, isRefused, sniffMimeType } from "../accept-upload"

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const PDF = Buffer.from("%PDF-1.4\n%âãÏÓ\n", "latin1")
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])

describe("accepting an upload", () => {
  it("knows images and PDFs by their bytes, whatever they are called", () => {
    expect(sniffMimeType(PNG)).toBe("image/png")
    expect(sniffMimeType(PDF)).toBe("application/pdf")
    expect(sniffMimeType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg")
    expect(sniffMimeType(Buffer.from("RIFF\x00\x00\x00\x00WEBPVP8 ", "latin1"))).toBe("image/webp")
    expect(sniffMimeType(EXE)).toBeNull()
    expect(sniffMimeType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull()
  })

  it("refuses a program renamed to .png, an empty file and an oversize one, naming the field", () => {
    const exe = acceptUpload({ buffer: EXE, originalname: "photo.png" }, { maxBytes: 1000 })
    expect(isRefused(exe) && exe.message).toMatch(/^files: .*only JPEG, PNG or WebP images and PDF/)
    expect(isRefused(acceptUpload({ buffer: Buffer.alloc(0) }, { maxBytes: 1000 }))).toBe(true)
    const big = acceptUpload({ buffer: Buffer.concat([PNG, Buffer.alloc(2000)]) }, { maxBytes: 1000 })
    expect(isRefused(big) && big.message).toMatch(/larger than/)
  })

  it("stores under a random name with the real type's extension, never the client's name", () => {
    const a = acceptUpload({ buffer: PDF, originalname: "../../etc/passwd.exe" }, { maxBytes: 1000 })
    const b = acceptUpload({ buffer: PDF, originalname: "../../etc/passwd.exe" }, { maxBytes: 1000 })
    expect(isRefused(a) || isRefused(b)).toBe(false)
    if (isRefused(a) || isRefused(b)) return
    expect(a.filename).toMatch(/^[0-9a-f]{32}\.pdf$/)
    expect(a.filename).not.toBe(b.filename)
    expect(a.mimeType).toBe("application/pdf")
  })
})
