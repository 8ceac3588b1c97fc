import { constants } from "node:fs"
import { access } from "node:fs/promises"
import { delimiter, join } from "node:path"

// Debian installs servers such as nats-server into sbin, which is not on every PATH.
const SYSTEM_DIRECTORIES = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin"]

/** Finds an executable on PATH or in the system directories, or returns null. */
export async function findExecutable(name) {
  const directories = (process.env.PATH ?? "").split(delimiter).filter(Boolean)

  for (const directory of [...directories, ...SYSTEM_DIRECTORIES]) {
    const candidate = join(directory, name)

    if (await isExecutable(candidate)) return candidate
  }

  return null
}

/** Tells whether a file exists and may be executed. */
export async function isExecutable(path) {
  try {
    await access(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Puts a directory first on PATH, for this process and every process it starts. */
export function prependToPath(directory) {
  process.env.PATH = [directory, process.env.PATH].filter(Boolean).join(delimiter)
}
