export { migrateDatabase } from "./db/migrate.js"
export * from "./db/schema/index.js"
export { RosterErrors } from "./errors.js"
export { rosterService } from "./service.js"
