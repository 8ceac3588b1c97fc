import { runService } from "@homeroom/service-kit"
import { rosterService } from "./service.js"

await runService(rosterService)
