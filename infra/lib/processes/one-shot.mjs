import { spawn } from "node:child_process"
import { prefixLines } from "./prefixed-lines.mjs"

/** Runs a command to completion with its output prefixed, and resolves with its exit code. */
export function runPrefixed({ name, command, args, cwd, env }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...(env ?? process.env), NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  prefixLines(child.stdout, name)
  prefixLines(child.stderr, name)

  return new Promise((resolve) => {
    child.once("error", () => resolve(127))
    child.once("close", (code) => resolve(code ?? 1))
  })
}
