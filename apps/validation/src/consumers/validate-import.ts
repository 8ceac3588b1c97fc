import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  type ImportOutcomeStatus,
  type ImportReceived,
  importOutcomeSubject,
  Subjects,
} from "@homeroom/contracts"
import { readImport, replaceProblems, transitionImport } from "@homeroom/records"
import {
  type Database,
  importOutcomeMessage,
  type Logger,
  publishMessage,
  type WorkHandler,
} from "@homeroom/service-kit"
import type { JetStreamClient } from "@nats-io/jetstream"
import type { ObjectStore } from "@nats-io/obj"
import { validateBundle } from "../bundle/validate-bundle.js"
import { downloadBundle } from "../storage/download-bundle.js"
import { NormalisedStore } from "../storage/normalised-store.js"
import { validatedMessage } from "./messages.js"
import { ProblemCollector } from "./problem-collector.js"

/** What validating an import needs. */
export interface ValidationDependencies {
  readonly database: Database
  readonly importFiles: ObjectStore
  readonly jetstream: JetStreamClient
  readonly logger: Logger
  /** How many problems of one import are stored for its report. */
  readonly storedProblemLimit: number
}

/**
 * Validates each received import. The import's status makes the work idempotent: a
 * redelivered message for an import that was already validated or rejected only
 * publishes the outcome again (JetStream drops the duplicate), so a crash between
 * recording and publishing never strands an import. A dry run ends at `checked` or
 * `rejected` and announces nothing: its report is read over REST.
 */
export function validationHandler(
  dependencies: ValidationDependencies,
): WorkHandler<ImportReceived> {
  return {
    async handle(message) {
      const { importId } = message.data
      const current = await readImport(dependencies.database, importId)
      if (!current) {
        dependencies.logger.warn({ importId }, "received message for an unknown import")
        return
      }

      if (current.status === "received" || current.status === "validating") {
        await validate(dependencies, message)
      } else if (current.dryRun) {
        return
      } else if (current.status === "validated") {
        await announceValidated(
          dependencies,
          message.districtId,
          importId,
          current.files ?? [],
        )
      } else if (current.status === "rejected") {
        await announceOutcome(dependencies, message.districtId, importId, "rejected")
      }
    },

    async giveUp(message, error) {
      const { importId } = message.data
      dependencies.logger.error({ err: error, importId }, "validation abandoned")
      const moved = await transitionImport(dependencies.database, importId, "failed", {
        reason: "The bundle could not be validated because of an internal error.",
      })
      if (moved && !message.data.dryRun)
        await announceOutcome(dependencies, message.districtId, importId, "failed")
    },
  }
}

async function validate(dependencies: ValidationDependencies, message: ImportReceived) {
  const { importId } = message.data
  const log = dependencies.logger.child({ importId })
  await transitionImport(dependencies.database, importId, "validating")

  const workspace = await mkdtemp(join(tmpdir(), "homeroom-validation-"))
  const normalised = new NormalisedStore(dependencies.importFiles, importId)
  const collector = new ProblemCollector(dependencies.storedProblemLimit)
  try {
    const bundlePath = await downloadBundle(
      dependencies.importFiles,
      message.data.bundle.objectName,
      workspace,
    )
    const report = await validateBundle(bundlePath, {
      normalised,
      onProblem: collector.add,
    })
    log.info(
      {
        outcome: report.outcome,
        errors: report.errorCount,
        warnings: report.warningCount,
      },
      "bundle validated",
    )

    const keepsFiles = report.outcome === "validated" && !message.data.dryRun
    if (keepsFiles) await normalised.finish()
    else await normalised.discard()
    await replaceProblems(dependencies.database, importId, collector.problems)

    const facts = {
      files: report.files,
      logicalFiles: report.logicalFiles ?? [],
      errorCount: report.errorCount,
      warningCount: report.warningCount,
    }
    if (report.outcome === "rejected") {
      const reason = report.rejection?.message ?? "The bundle was rejected."
      await transitionImport(dependencies.database, importId, "rejected", {
        ...facts,
        reason,
      })
      if (!message.data.dryRun) {
        await announceOutcome(dependencies, message.districtId, importId, "rejected")
      }
    } else if (message.data.dryRun) {
      await transitionImport(dependencies.database, importId, "checked", facts)
    } else {
      await transitionImport(dependencies.database, importId, "validated", facts)
      await announceValidated(dependencies, message.districtId, importId, report.files)
    }
  } catch (error) {
    await normalised.discard()
    throw error
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

async function announceValidated(
  dependencies: ValidationDependencies,
  districtId: string,
  importId: string,
  files: Parameters<typeof validatedMessage>[2],
) {
  const message = validatedMessage(districtId, importId, files)
  await publishMessage(dependencies.jetstream, Subjects.importValidated, message)
}

async function announceOutcome(
  dependencies: ValidationDependencies,
  districtId: string,
  importId: string,
  status: ImportOutcomeStatus,
) {
  const message = importOutcomeMessage(importId, districtId, status)
  await publishMessage(dependencies.jetstream, importOutcomeSubject(status), message)
}
