import type { ImportSettings, Threshold } from "@homeroom/contracts"
import { IngestErrors } from "../errors.js"

/**
 * Checks what `ImportSettingsSchema` cannot express, and throws the first problem found
 * in the order of the body, naming its field as `recipients[1]` or `thresholds[2].floor`.
 */
export function checkSettingsRules(settings: ImportSettings) {
  checkRecipients(settings.recipients)
  checkThresholds(settings.thresholds)
}

function checkRecipients(recipients: readonly string[]) {
  const firstIndex = new Map<string, number>()
  recipients.forEach((recipient, index) => {
    // Mailboxes are compared without case, as mail servers deliver them.
    const address = recipient.toLowerCase()
    const first = firstIndex.get(address)
    if (first !== undefined) {
      throw IngestErrors.RECIPIENT_DUPLICATE(
        `recipients[${index}]`,
        `recipients[${first}]`,
      )
    }
    firstIndex.set(address, index)
  })
}

function checkThresholds(thresholds: readonly Threshold[]) {
  const firstIndex = new Map<string, number>()
  thresholds.forEach((threshold, index) => {
    const path = `thresholds[${index}]`
    checkLimits(threshold, path)

    // One threshold takes both a count and a percent, so a second one on the same
    // figure could only blur which limit is in force.
    const { kind, measure } = threshold
    const first = firstIndex.get(`${kind} ${measure}`)
    if (first !== undefined) {
      throw IngestErrors.THRESHOLD_DUPLICATE(path, `thresholds[${first}]`, kind, measure)
    }
    firstIndex.set(`${kind} ${measure}`, index)
  })
}

function checkLimits(threshold: Threshold, path: string) {
  if (threshold.count === undefined && threshold.percent === undefined) {
    throw IngestErrors.THRESHOLD_LIMIT_MISSING(path)
  }
  if (threshold.floor !== undefined && threshold.percent === undefined) {
    throw IngestErrors.THRESHOLD_FLOOR_WITHOUT_PERCENT(`${path}.floor`)
  }
}
