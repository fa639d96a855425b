import { describe, expect, it } from "vitest"
import { sqlExecutor } from "../engines/sql-executor"

const deadlock = () => Object.assign(new Error("insert into search_document … - deadlock detected"), { code: "40P01" })
const noPause = async () => undefined

describe("the embedded search engine's statements", () => {
  it("run again when PostgreSQL picks them as a deadlock's victim, so a re-index is not lost", async () => {
    let calls = 0
    const execute = sqlExecutor({
      execute: async () => {
        calls++
        if (calls < 3) throw deadlock()
        return [{ id: "prod_1" }]
      },
    }, noPause)
    await expect(execute("INSERT INTO search_document …", [])).resolves.toEqual([{ id: "prod_1" }])
    expect(calls).toBe(3)
  })

  it("give up after five deadlocks, with a short message naming the code and the statement", async () => {
    let calls = 0
    const execute = sqlExecutor({ execute: async () => (calls++, Promise.reject(deadlock())) }, noPause)
    await expect(execute("INSERT INTO search_document (id) VALUES (?)", [])).rejects.toThrow(
      'search index: deadlock detected (40P01) in "INSERT INTO search_document (id) VALUES (?)…"'
    )
    expect(calls).toBe(5)
  })

  it("never repeat a statement that failed for another reason", async () => {
    let calls = 0
    const broken = Object.assign(new Error("select … - column \"nope\" does not exist"), { code: "42703" })
    const execute = sqlExecutor({ execute: async () => (calls++, Promise.reject(broken)) }, noPause)
    await expect(execute("SELECT nope FROM search_document", [])).rejects.toThrow('column "nope" does not exist (42703)')
    expect(calls).toBe(1)
  })
})
