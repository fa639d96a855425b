import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { adminHeaders, call, storeHeaders } from "../helpers/shopping"

// A minimal valid PNG (1×1 pixel) and a Windows executable renamed to look like a photo.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex"
)
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510, 0x90)])
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

function form(files: Array<{ name: string; type: string; content: Buffer }>) {
  const data = new FormData()
  for (const f of files) data.append("files", new Blob([new Uint8Array(f.content)], { type: f.type }), f.name)
  return data
}

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      admin = await adminHeaders(api)
      store = await storeHeaders(getContainer())
    })

    const upload = (files: Parameters<typeof form>[0]) => call(api.post("/admin/uploads", form(files), admin))

    describe("POST /admin/uploads (product media, certificate evidence)", () => {
      it("stores a PNG and a PDF under random names, served back with their real types", async () => {
        const res = await upload([
          { name: "../../etc/质检报告.png", type: "image/png", content: PNG },
          { name: "利益联结证明.pdf", type: "application/pdf", content: PDF },
        ])
        expect(res.status).toBe(200)
        const [image, doc] = res.data.files as Array<{ id: string; url: string }>
        expect(image!.url).toMatch(/^https?:\/\/[^/]+\/static\/.+\.png$/)
        expect(doc!.url).toMatch(/\.pdf$/)
        // the client's name never becomes the stored name
        for (const f of [image!, doc!]) expect(decodeURIComponent(f.url)).not.toMatch(/质检报告|利益联结证明|etc/)
        const served = await api.get(new URL(image!.url).pathname, { responseType: "arraybuffer" })
        expect(served.status).toBe(200)
        expect(served.headers["content-type"]).toMatch(/^image\/png/)
        expect(Buffer.from(served.data as ArrayBuffer).equals(PNG)).toBe(true)
      })

      it("refuses an executable renamed to .png, naming the file", async () => {
        const res = await upload([
          { name: "photo.png", type: "image/png", content: PNG },
          { name: "合格证.png", type: "image/png", content: EXE },
        ])
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^files: 「合格证\.png」不是 JPEG、PNG、WebP 图片或 PDF 文件/)
      })

      it("refuses a file over the size limit (10 MB by default)", async () => {
        const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)])
        const res = await upload([{ name: "big.png", type: "image/png", content: big }])
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^files: 「big\.png」有 10 MB，超过上限 10 MB/)
      })

      it("refuses anonymous callers", async () => {
        const res = await call(api.post("/admin/uploads", form([{ name: "a.png", type: "image/png", content: PNG }])))
        expect(res.status).toBe(401)
      })
    })

    describe("the demo's product pictures", () => {
      it("are absolute URLs of the file module that the backend answers with an image", async () => {
        const res = await api.get("/store/products?limit=200&fields=id,handle,thumbnail,*images", store)
        const products = res.data.products as Array<{ handle: string; thumbnail: string | null; images: Array<{ url: string }> }>
        expect(products.length).toBeGreaterThan(100)
        const urls = new Set(products.flatMap((p) => [p.thumbnail ?? "", ...p.images.map((i) => i.url)]))
        for (const url of urls) expect(url).toMatch(/^https?:\/\/[^/]+\/static\/\d+-demo-[a-z]+\.svg$/)
        // one file per kind of product, each served by the backend
        expect(urls.size).toBeGreaterThanOrEqual(10)
        for (const url of urls) {
          const served = await api.get(new URL(url).pathname)
          expect(served.status).toBe(200)
          expect(served.headers["content-type"]).toMatch(/^image\/svg\+xml/)
        }
      })
    })
  },
})
