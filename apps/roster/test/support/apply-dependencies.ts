import { createLogger } from "@homeroom/service-kit"
import type { ApplyDependencies } from "../../src/apply/apply-import.js"
import type { RosterFixture } from "./roster-fixture.js"

/** What `applyValidatedImport` needs, taken from the running fixture, logging nothing. */
export function applyDependencies(fixture: RosterFixture): ApplyDependencies {
  return {
    database: fixture.database(),
    jetstream: fixture.jetstream(),
    importFiles: fixture.importFiles(),
    logger: createLogger({ service: "roster-test", level: "silent" }),
    onEventsQueued: () => {},
  }
}
