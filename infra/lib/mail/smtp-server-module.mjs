import { createRequire } from "node:module"
import { join } from "node:path"
import { PlatformError } from "../output.mjs"
import { repositoryRoot } from "../paths.mjs"

/**
 * Loads the smtp-server package that the workspace's test kit already depends on, so the
 * mail sink needs no dependencies of its own.
 */
export function loadSmtpServer() {
  const require = createRequire(join(repositoryRoot, "packages/testing/package.json"))

  try {
    return require("smtp-server").SMTPServer
  } catch {
    throw new PlatformError("smtp-server is missing: run pnpm install first")
  }
}
