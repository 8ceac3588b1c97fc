import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** The root of the repository, whatever the current directory. */
export const repositoryRoot = fileURLToPath(new URL("../..", import.meta.url))

/** Everything the platform keeps locally: tools, database files, NATS streams, mail. */
export const dataDirectory = join(repositoryRoot, ".data")

/** A project-local npm prefix for tools the platform installs on demand. */
export const toolsDirectory = join(dataDirectory, "tools")

/** Where the tools installed on demand put their executables. */
export const toolsBinDirectory = join(toolsDirectory, "node_modules", ".bin")
