import { createRequire } from "node:module"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { PlatformError } from "../output.mjs"
import { repositoryRoot } from "../paths.mjs"

/**
 * Loads the workspace's own postgres.js driver, so the platform needs no dependencies of
 * its own; it is there once `pnpm install` has run.
 */
export async function loadPostgresDriver() {
  const require = createRequire(join(repositoryRoot, "packages/records/package.json"))
  let entry

  try {
    entry = require.resolve("postgres")
  } catch {
    throw new PlatformError("the postgres driver is missing: run pnpm install first")
  }

  const driver = await import(pathToFileURL(entry).href)
  return driver.default
}
