import type { ImportOutcomeStatus } from "@homeroom/contracts"

/**
 * What each outcome means for the district's roster, in plain words. Only an applied
 * import changes the roster: applying is one transaction, so a failed import changed
 * nothing.
 */
export const OutcomeStatements = {
  applied: "The import was applied: the roster now holds the changes below.",
  rejected: "The bundle was rejected, so nothing was applied.",
  failed: "The import failed, so nothing was applied; the roster is as it was.",
  paused:
    "The import reached a threshold of the district and was paused: nothing was " +
    "applied. An administrator must approve or cancel it; the Check Your Data email " +
    "says which thresholds it reached and how to review it. A newer upload of the " +
    "district supersedes it.",
  cancelled: "An administrator cancelled this paused import: nothing was applied.",
  superseded:
    "A newer import of the district superseded this one: nothing of it was applied.",
} as const satisfies Record<ImportOutcomeStatus, string>
