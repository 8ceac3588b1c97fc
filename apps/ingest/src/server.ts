import { runService } from "@homeroom/service-kit"
import { ingestService } from "./service.js"

await runService(ingestService)
