import {
  DefaultThresholds,
  type ImportSettings,
  type ProcessingMode,
} from "@homeroom/contracts"
import type { Database } from "@homeroom/service-kit"
import { desc, eq } from "drizzle-orm"
import type { Executor } from "../imports/transition-import.js"
import { districtSettings, districtSettingsChanges } from "../schema/district-settings.js"
import { districts } from "../schema/districts.js"

/** A district's settings with who saved them last; both null while the defaults apply. */
export interface SavedImportSettings extends ImportSettings {
  readonly updatedAt: string | null
  readonly updatedBy: string | null
}

/** One saved version of a district's settings. */
export interface ImportSettingsChange extends ImportSettings {
  readonly changedAt: string
  /** The id of the token that saved them. */
  readonly changedBy: string
}

const DefaultProcessing: ProcessingMode = "onArrival"

/** A district's import settings; the defaults until an administrator saves some. */
export async function readImportSettings(
  database: Pick<Database, "select">,
  districtId: string,
): Promise<SavedImportSettings> {
  const [row] = await database
    .select({
      recipients: districts.notificationRecipients,
      processing: districtSettings.processing,
      thresholds: districtSettings.thresholds,
      updatedAt: districtSettings.updatedAt,
      updatedBy: districtSettings.updatedBy,
    })
    .from(districts)
    .leftJoin(districtSettings, eq(districtSettings.districtId, districts.id))
    .where(eq(districts.id, districtId))
  return {
    processing: row?.processing ?? DefaultProcessing,
    recipients: row?.recipients ?? [],
    thresholds: row?.thresholds ?? DefaultThresholds,
    updatedAt: row?.updatedAt?.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  }
}

/**
 * Replaces a district's settings and records the new version with the token that saved
 * it, all in one transaction, so the history never misses a version in force.
 */
export async function saveImportSettings(
  executor: Executor,
  districtId: string,
  settings: ImportSettings,
  tokenId: string,
): Promise<SavedImportSettings> {
  const at = new Date()
  const values = {
    processing: settings.processing,
    thresholds: [...settings.thresholds],
    updatedAt: at,
    updatedBy: tokenId,
  }
  await executor.transaction(async (transaction) => {
    await transaction
      .update(districts)
      .set({ notificationRecipients: [...settings.recipients] })
      .where(eq(districts.id, districtId))
    await transaction
      .insert(districtSettings)
      .values({ districtId, ...values })
      .onConflictDoUpdate({ target: districtSettings.districtId, set: values })
    await transaction.insert(districtSettingsChanges).values({
      districtId,
      changedAt: at,
      changedBy: tokenId,
      processing: settings.processing,
      recipients: [...settings.recipients],
      thresholds: [...settings.thresholds],
    })
  })
  return { ...settings, updatedAt: at.toISOString(), updatedBy: tokenId }
}

/** The saved versions of a district's settings, newest first. */
export async function listImportSettingsChanges(
  database: Database,
  districtId: string,
  limit: number,
): Promise<ImportSettingsChange[]> {
  const rows = await database
    .select()
    .from(districtSettingsChanges)
    .where(eq(districtSettingsChanges.districtId, districtId))
    .orderBy(desc(districtSettingsChanges.id))
    .limit(limit)
  return rows.map((row) => ({
    processing: row.processing,
    recipients: row.recipients,
    thresholds: row.thresholds,
    changedAt: row.changedAt.toISOString(),
    changedBy: row.changedBy,
  }))
}
