import { parseArgs } from "node:util"
import { CommonVariables, openDatabase, readConfig } from "@homeroom/service-kit"
import { createDistrict, issueToken, revokeToken } from "../access/districts.js"
import { type TokenRole, TokenRoles } from "../schema/api-tokens.js"

const usage = `Usage:
  district create --name <name> [--recipient <email>]...
  district token issue --district <districtId> --role administrator|reader [--label <text>]
  district token revoke --token-id <tokenId>

Prints JSON. Reads DATABASE_URL.`

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    recipient: { type: "string", multiple: true },
    district: { type: "string" },
    role: { type: "string" },
    label: { type: "string" },
    "token-id": { type: "string" },
  },
})

const config = readConfig({ DATABASE_URL: CommonVariables.DATABASE_URL })
const database = openDatabase(config.DATABASE_URL, {
  applicationName: "homeroom-cli",
  maxConnections: 1,
})

try {
  const result = await run(positionals.join(" "))
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
} finally {
  await database.$client.end({ timeout: 5 })
}

async function run(command: string) {
  switch (command) {
    case "create": {
      const name = required(values.name, "--name")
      const created = await createDistrict(database, {
        name,
        notificationRecipients: values.recipient ?? [],
      })
      return { districtId: created.districtId, ...created.token }
    }
    case "token issue": {
      const districtId = required(values.district, "--district")
      const role = tokenRole(required(values.role, "--role"))
      return issueToken(database, districtId, role, values.label ?? `${role} token`)
    }
    case "token revoke": {
      const tokenId = required(values["token-id"], "--token-id")
      const revoked = await revokeToken(database, tokenId)
      if (!revoked) throw new Error(`No live token has the id ${tokenId}.`)
      return { tokenId, revoked }
    }
    default:
      throw new Error(usage)
  }
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`${flag} is required.\n\n${usage}`)
  return value
}

function tokenRole(value: string): TokenRole {
  if (!(TokenRoles as readonly string[]).includes(value)) {
    throw new Error(`--role must be one of ${TokenRoles.join(", ")}.`)
  }
  return value as TokenRole
}
