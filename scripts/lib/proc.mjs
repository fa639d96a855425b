// Child processes for the start and test scripts: every child runs in its own
// process group so that Ctrl-C (or a failure) stops it and everything it spawned.
import { spawn } from "node:child_process"

const children = new Set()

export function log(message) {
  process.stdout.write(`\x1b[36m[fupin]\x1b[0m ${message}\n`)
}

/** Runs a command to completion; rejects with a message naming it when it fails. */
export function run(command, args, { cwd, env, quiet = false, label } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
      detached: true,
    })
    children.add(child)
    let output = ""
    if (quiet) {
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
    }
    child.on("error", (e) => {
      children.delete(child)
      reject(e)
    })
    child.on("exit", (code, signal) => {
      children.delete(child)
      if (code === 0) resolve(output)
      else {
        const name = label ?? `${command} ${args.join(" ")}`
        const err = new Error(`${name} failed (${signal ?? `exit ${code}`})${quiet && output ? `\n${output.slice(-4000)}` : ""}`)
        err.exitCode = code
        err.output = output
        reject(err)
      }
    })
  })
}

/** Starts a long-running service; returns the child. Output is prefixed with its name. */
export function serve(name, command, args, { cwd, env } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  children.add(child)
  const prefix = `\x1b[33m[${name}]\x1b[0m `
  const forward = (stream, out) =>
    stream.on("data", (d) => {
      for (const line of String(d).split("\n")) if (line.trim()) out.write(prefix + line + "\n")
    })
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  child.on("exit", () => children.delete(child))
  return child
}

/** Stops every child process group and waits for them to exit. */
export async function stopChildren(timeoutMs = 10_000) {
  const pending = [...children].map(
    (child) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once("exit", resolve)
        try {
          process.kill(-child.pid, "SIGTERM")
        } catch {
          resolve()
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, "SIGKILL")
          } catch {
            /* already gone */
          }
          resolve()
        }, timeoutMs).unref()
      })
  )
  await Promise.all(pending)
}

/** Polls a URL until it answers 2xx, the child dies, or the timeout passes. */
export async function waitForHttp(url, { timeoutMs = 120_000, child, name = url } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${name} exited (code ${child.exitCode}) before ${url} answered`)
    try {
      const res = await fetch(url, { redirect: "manual" })
      if (res.status < 400) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${name}: ${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}

/** A port from the environment (PORT-style variables), or the default; refuses what is not a port. */
export function portFromEnv(variable, fallback) {
  const raw = process.env[variable]
  if (raw === undefined || raw === "") return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${variable}=${raw} is not a port number (1–65535)`)
  return n
}

/** Fails early, naming the port and the variable that moves it, when something already listens there. */
export async function assertPortFree(port, what, variable) {
  const net = await import("node:net")
  const free = (host) =>
    new Promise((resolve) => {
      const server = net.createServer()
      server.once("error", (e) => resolve(e.code !== "EADDRINUSE" && e.code !== "EACCES"))
      server.listen(port, host, () => server.close(() => resolve(true)))
    })
  // a server on 0.0.0.0 or on ::1 (Next listens there) also takes localhost
  if ((await free("127.0.0.1")) && (await free("0.0.0.0")) && (await free("::1"))) return
  const move = variable ? `set ${variable} to another port (e.g. ${variable}=${port + 1})` : "choose another port"
  throw new Error(`port ${port} (${what}) is already in use: stop what runs there (another \`npm start\`?) or ${move}`)
}
