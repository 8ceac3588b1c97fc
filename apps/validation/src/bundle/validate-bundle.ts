import type { Problem } from "@homeroom/contracts"
import { NormalisedColumns } from "@homeroom/contracts"
import type { ZipFile } from "yauzl"
import type { CsvLimits } from "./csv/csv-record.js"
import { FatalProblem } from "./fatal-problem.js"
import { FileTally } from "./file-tally.js"
import { resolveLimits, type ValidationLimits } from "./limits.js"
import { LogicalFiles } from "./logical-files.js"
import { checkManifest } from "./manifest/check-manifest.js"
import { readManifest } from "./manifest/read-manifest.js"
import type { NormalisedSink } from "./normalised-sink.js"
import { NormalisedShape } from "./output/normalised-shape.js"
import { NormalisedWriter } from "./output/normalised-writer.js"
import { createProblem } from "./problem.js"
import { type ProblemListener, ProblemLog } from "./problem-log.js"
import { columnsOf, entityOf, ReadingOrder } from "./reading-order.js"
import { RosterIndex } from "./records/roster-index.js"
import { DeferredRows } from "./rows/deferred-rows.js"
import {
  FileReading,
  type ReadingOutput,
  type ReadingSetup,
} from "./rows/file-reading.js"
import { reportUntaughtClasses } from "./rows/untaught-classes.js"
import type { ReadingPass } from "./rules/row-rule.js"
import type { ValidationReport } from "./validation-report.js"
import { checkEntries } from "./zip/check-entries.js"
import {
  type BundleLayout,
  type IgnoredEntry,
  locateFiles,
  type ReadFileName,
} from "./zip/locate-files.js"
import { openZip, type ZipEntry } from "./zip/open-zip.js"

/** How to validate a bundle: where normalised files and problems go, and limits. */
export interface ValidateBundleOptions {
  readonly normalised: NormalisedSink
  readonly onProblem: ProblemListener
  readonly limits?: Partial<ValidationLimits>
}

/**
 * Validates a OneRoster bundle already stored at `zipPath`: checks the zip, each
 * file's header and every row, reports each problem to `onProblem` as it is found and
 * writes the accepted rows of each kind of record to `normalised`, with a held line for
 * each row left out for its errors. Resolves with the
 * report; rejects only when something outside the bundle fails (a sink, the listener).
 */
export async function validateBundle(
  zipPath: string,
  options: ValidateBundleOptions,
): Promise<ValidationReport> {
  return new BundleValidation(options).validate(zipPath)
}

class BundleValidation {
  private readonly limits: ValidationLimits
  private readonly log: ProblemLog
  private readonly roster = new RosterIndex()
  private readonly tallies: FileTally[] = []
  private readonly logicalFiles = new LogicalFiles()
  private readonly writers: NormalisedWriter[] = []

  constructor(private readonly options: ValidateBundleOptions) {
    this.limits = resolveLimits(options.limits)
    this.log = new ProblemLog(options.onProblem, this.limits.maxStoredProblems)
  }

  async validate(zipPath: string): Promise<ValidationReport> {
    let zip: ZipFile | undefined

    try {
      const opened = await openZip(zipPath)
      zip = opened.zip
      await this.readBundle(opened.zip, locateFiles(opened.entries))
      return await this.conclude()
    } catch (error) {
      if (error instanceof FatalProblem) return await this.reject(error.problems)

      await this.abandonWriters()
      throw error
    } finally {
      zip?.close()
    }
  }

  private async readBundle(zip: ZipFile, layout: BundleLayout): Promise<void> {
    checkEntries(entriesChecked(layout), this.limits)
    for (const entry of layout.ignored) this.log.report(ignored(entry))
    await this.readManifest(zip, layout)

    for (const file of ReadingOrder) {
      const zipEntry = layout.files.get(file)
      if (zipEntry !== undefined) await this.readFile(zip, zipEntry, file)
    }

    await this.reportUntaughtClasses(zip, layout)
  }

  private async readManifest(zip: ZipFile, layout: BundleLayout): Promise<void> {
    if (layout.manifest === undefined) return

    const reading = await readManifest(zip, layout.manifest, this.csvLimits())
    for (const problem of checkManifest(reading, layout.present)) this.log.report(problem)
    await this.log.deliver()
  }

  /** Reads a file, then once more the rows that had to wait for rows below them. */
  private async readFile(zip: ZipFile, zipEntry: ZipEntry, file: ReadFileName) {
    const tally = new FileTally(file, this.log, this.logicalFiles.counterOf(file))
    this.tallies.push(tally)

    const deferred = new DeferredRows()
    const reading = { zip, zipEntry, tally, deferred, output: this.openOutput(file) }
    await this.read(reading, file, "main")
    if (deferred.size === 0) return

    this.settle(file, deferred)
    await this.read(reading, file, "recheck")
  }

  /** Decides the rows that waited: those on a loop of parents first, as left out. */
  private settle(file: ReadFileName, deferred: DeferredRows): void {
    const index = this.roster.prepare(file)
    const cycles = this.roster.parentLinks(file).closeCycles()

    for (const sourcedId of cycles) index.settle(sourcedId, false)
    deferred.settle(index)
  }

  private async reportUntaughtClasses(zip: ZipFile, layout: BundleLayout): Promise<void> {
    const classes = layout.files.get("classes.csv")
    const tally = this.tallies.find((candidate) => candidate.file === "classes.csv")
    if (classes === undefined || tally === undefined) return

    await reportUntaughtClasses({
      zip,
      classes,
      teaching: this.roster.teaching,
      tally,
      limits: this.csvLimits(),
      deliverProblems: () => this.log.deliver(),
    })
  }

  private async read(
    reading: Pick<ReadingSetup, "zip" | "zipEntry" | "tally" | "deferred" | "output">,
    file: ReadFileName,
    pass: ReadingPass,
  ): Promise<void> {
    await new FileReading({
      ...reading,
      context: { file, columns: columnsOf(file), roster: this.roster, pass },
      limits: this.csvLimits(),
      deliverProblems: () => this.log.deliver(),
    }).run()
  }

  private csvLimits(): CsvLimits {
    return {
      maxRecordLength: this.limits.maxLineBytes,
      maxFieldLength: this.limits.maxFieldBytes,
    }
  }

  private openOutput(file: ReadFileName): ReadingOutput | undefined {
    const entity = entityOf(file)
    if (entity === undefined) return undefined

    const writer = new NormalisedWriter(
      this.options.normalised.open(entity),
      NormalisedColumns[entity],
    )
    this.writers.push(writer)

    return {
      writer,
      shapeFor: (header) => new NormalisedShape(entity, columnsOf(file), header.metadata),
    }
  }

  private async conclude(): Promise<ValidationReport> {
    for (const writer of this.writers) await writer.close()
    await this.log.finish()

    return this.report("validated")
  }

  private async reject(problems: readonly Problem[]): Promise<ValidationReport> {
    for (const problem of problems) this.log.reportAlways(problem)
    await this.abandonWriters()
    await this.log.finish()

    const first = problems[0]
    const rejection = { code: first?.code ?? "", message: first?.message ?? "" }
    return { ...this.report("rejected"), rejection }
  }

  private async abandonWriters(): Promise<void> {
    for (const writer of this.writers) await writer.abandon()
  }

  private report(outcome: ValidationReport["outcome"]): ValidationReport {
    return {
      outcome,
      files: this.tallies.map((tally) => tally.summary()),
      logicalFiles: this.logicalFiles.summary(),
      errorCount: this.log.errorCount,
      warningCount: this.log.warningCount,
    }
  }
}

/** The entries whose sizes are checked before anything is inflated: all that are read. */
function entriesChecked(layout: BundleLayout): ReadonlyMap<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>(layout.files)
  if (layout.manifest !== undefined) entries.set("manifest.csv", layout.manifest)

  return entries
}

function ignored({ name, isOneRoster }: IgnoredEntry): Problem {
  if (isOneRoster) {
    const message = `${name} is a OneRoster file the platform does not read; it was ignored.`
    return createProblem("HR_VAL_FILE_IGNORED", { file: name }, message)
  }

  const message = `${name} is not a file of a OneRoster bundle; it was ignored.`
  return createProblem("HR_VAL_UNKNOWN_FILE", { file: name }, message)
}
