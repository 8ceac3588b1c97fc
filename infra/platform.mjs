// The developer's entry point: `npm start` runs `node infra/platform.mjs start` and
// `npm test` runs `node infra/platform.mjs test`. It needs only Node 20 and npm; the
// README's "Local services" section says what each command sets up.
import { start } from "./lib/commands/start.mjs"
import { test } from "./lib/commands/test.mjs"

const commands = { start, test }
const name = process.argv[2]

if (!Object.hasOwn(commands, name)) {
  console.error("usage: node infra/platform.mjs start|test")
  process.exit(2)
}

await commands[name]()
