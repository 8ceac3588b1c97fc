import { runService } from "@homeroom/service-kit"
import { validationService } from "./service.js"

await runService(validationService)
