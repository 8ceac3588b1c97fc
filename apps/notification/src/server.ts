import { runService } from "@homeroom/service-kit"
import { notificationService } from "./service.js"

await runService(notificationService)
