export { validationService } from "./service.js"
