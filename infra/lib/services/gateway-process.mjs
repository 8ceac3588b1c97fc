import { fileURLToPath } from "node:url"
import { startSupervisedProcess } from "../processes/supervised-process.mjs"

const gatewayScript = fileURLToPath(new URL("../../gateway.mjs", import.meta.url))

/** Starts the development gateway (infra/gateway.mjs) in front of the services. */
export function startGateway() {
  return startSupervisedProcess({
    name: "gateway",
    command: process.execPath,
    args: [gatewayScript],
  })
}
