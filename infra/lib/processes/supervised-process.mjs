import { spawn } from "node:child_process"
import { once } from "node:events"
import { setTimeout as delay } from "node:timers/promises"
import { prefixLines } from "./prefixed-lines.mjs"

/** Environment that asks programs not to colour their output. */
const WITHOUT_COLOUR = { NO_COLOR: "1", FORCE_COLOR: "0" }

/**
 * Starts a long-running process whose output is prefixed with its name. It runs in its
 * own process group so that the terminal's Ctrl-C reaches only the platform, which then
 * stops everything in order: services before the NATS and Postgres they depend on.
 */
export function startSupervisedProcess({ name, command, args, cwd, env }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...(env ?? process.env), ...WITHOUT_COLOUR },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  prefixLines(child.stdout, name)
  prefixLines(child.stderr, name)

  const supervised = {
    name,
    child,
    exited: waitForExit(child),
    stopRequested: false,
    async stop(graceMs) {
      supervised.stopRequested = true
      await stop(child, graceMs)
    },
  }

  return supervised
}

/** Resolves with how a process ended, also when it could not be started at all. */
function waitForExit(child) {
  return new Promise((resolve) => {
    child.once("error", (error) => resolve({ code: null, signal: null, error }))
    child.once("exit", (code, signal) => resolve({ code, signal, error: null }))
  })
}

/** Asks a process to stop with SIGTERM, and kills its whole group after graceMs. */
async function stop(child, graceMs) {
  if (hasExited(child)) return

  const exited = once(child, "exit")
  child.kill("SIGTERM")
  // An unreferenced timer, so that a prompt exit leaves nothing keeping Node alive.
  const outcome = await Promise.race([exited, delay(graceMs, "late", { ref: false })])

  if (outcome === "late") {
    killGroup(child.pid)
    await exited
  }
}

function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null || child.pid === undefined
}

function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL")
  } catch {
    // The group may already be gone.
  }
}
