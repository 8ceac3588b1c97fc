import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { parseCommandOptions, Usage } from "../options.js"
import { stopRunningPlatforms } from "../platform/bench-platform.js"
import { renderMarkdown } from "../report/markdown.js"
import { runBenchmark } from "../run-benchmark.js"

const options = (() => {
  try {
    // pnpm runs scripts in the package's folder; INIT_CWD is where the command was typed.
    return parseCommandOptions(
      process.argv.slice(2),
      process.env["INIT_CWD"] ?? process.cwd(),
    )
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${Usage}`)
    process.exit(2)
  }
})()

// An interrupted run still stops its services, NATS server and database.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`[bench] ${signal}: stopping`)
    void stopRunningPlatforms().finally(() => process.exit(130))
  })
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-")
const runDirectory = join(options.outDirectory, stamp)
await mkdir(runDirectory, { recursive: true })

const result = await runBenchmark({
  ...options,
  workDirectory: runDirectory,
  report: (line) => console.error(`[bench] ${line}`),
})
const markdown = renderMarkdown(result)

for (const directory of [runDirectory, options.outDirectory]) {
  const name = directory === runDirectory ? "results" : "latest"
  await writeFile(join(directory, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`)
  await writeFile(join(directory, `${name}.md`), markdown)
}
console.log(markdown)
console.error(`[bench] results in ${runDirectory}`)
process.exit(0)
