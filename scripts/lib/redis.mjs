// A few Redis commands for the scripts, over a plain socket (RESP), without a client package.
import { connect } from "node:net"

/** Runs commands on the database index of the URL (redis://host:port/N); resolves with the raw replies. */
export function redisCommands(url, commands, { timeoutMs = 2000 } = {}) {
  const u = new URL(url)
  const index = Number(u.pathname.slice(1) || 0)
  const all = [["SELECT", String(index)], ...commands]
  const encode = (args) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`
  return new Promise((resolve, reject) => {
    const socket = connect({ host: u.hostname, port: Number(u.port || 6379) })
    let reply = ""
    const fail = (e) => {
      socket.destroy()
      reject(e)
    }
    socket.setTimeout(timeoutMs, () => fail(new Error(`Redis at ${u.host} did not answer within ${timeoutMs} ms`)))
    socket.on("error", (e) => fail(new Error(`Redis at ${u.host} did not answer (${e.code ?? e.message})`)))
    socket.on("connect", () => socket.write(all.map(encode).join("")))
    socket.on("data", (d) => {
      reply += d
      const lines = reply.split("\r\n").filter((l) => /^[+\-:]/.test(l))
      const error = lines.find((l) => l.startsWith("-"))
      if (error) return fail(new Error(`Redis at ${u.host}: ${error.slice(1)}`))
      if (lines.length >= all.length) {
        socket.end()
        resolve(lines.slice(1))
      }
    })
  })
}

/** True when Redis answers PING at the URL. */
export async function redisAnswers(url) {
  try {
    const [pong] = await redisCommands(url, [["PING"]])
    return pong === "+PONG"
  } catch {
    return false
  }
}

/** Empties only the database index of the URL (never FLUSHALL). */
export async function flushRedisDb(url) {
  await redisCommands(url, [["FLUSHDB"]])
}
