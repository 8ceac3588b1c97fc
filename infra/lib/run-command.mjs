import { spawn } from "node:child_process"
import { repositoryRoot } from "./paths.mjs"

/** Runs a command with the terminal's output and resolves with its exit code. */
export function runCommand(command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: repositoryRoot,
    stdio: "inherit",
    ...options,
  })

  return new Promise((resolve) => {
    child.once("error", () => resolve(127))
    child.once("exit", (code, signal) => resolve(code ?? exitCodeOfSignal(signal)))
  })
}

/** Runs a command quietly and resolves with its standard output, or null if it failed. */
export function readCommand(command, args, options = {}) {
  const child = spawn(command, args, { cwd: repositoryRoot, ...options })
  const chunks = []
  child.stdout.on("data", (chunk) => chunks.push(chunk))
  child.stderr.resume()

  return new Promise((resolve) => {
    child.once("error", () => resolve(null))
    child.once("close", (code) => {
      resolve(code === 0 ? Buffer.concat(chunks).toString("utf8") : null)
    })
  })
}

/** Shells report a process killed by a signal as 128 plus the signal's number. */
function exitCodeOfSignal(signal) {
  const numbers = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }

  return 128 + (numbers[signal] ?? 1)
}
