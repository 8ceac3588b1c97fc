import { Compile } from "typebox/compile"
import { describe, expect, it } from "vitest"
import {
  type ImportOutcome,
  ImportOutcomeSchema,
  type ImportReceived,
  ImportReceivedSchema,
  importOutcomeSubject,
  PlatformMessageSchema,
  type RosterChanges,
  RosterChangesSchema,
  rosterChangeSubject,
} from "../src/index.js"

const districtId = "6f1c1c4e-8a53-4a53-9d5b-5d7a4f0a2b11"
const importId = "0b7e2f0c-59a4-4c57-8f1e-2d6c1b9a7e30"

const received: ImportReceived = {
  type: "import.received",
  version: 1,
  id: `${importId}:received`,
  occurredAt: "2026-12-03T06:00:00.000Z",
  districtId,
  data: {
    importId,
    source: "upload",
    fileName: "oneroster.zip",
    bundle: {
      objectName: `${importId}/bundle.zip`,
      sizeBytes: 1024,
      sha256: "a".repeat(64),
    },
    dryRun: false,
  },
}

const changes: RosterChanges = {
  type: "roster.changes",
  version: 1,
  id: `${importId}:users:updated:1`,
  occurredAt: "2026-12-03T06:01:00.000Z",
  districtId,
  data: {
    importId,
    entity: "users",
    change: "updated",
    records: [
      { sourcedId: "s-1", record: { sourcedId: "s-1" }, changedFields: ["grades"] },
    ],
  },
}

describe("message schemas", () => {
  it("accept the messages the platform sends", () => {
    const outcome: ImportOutcome = {
      type: "import.outcome",
      version: 1,
      id: `${importId}:outcome:applied`,
      occurredAt: "2026-12-03T06:02:00.000Z",
      districtId,
      data: { importId, status: "applied" },
    }
    const union = Compile(PlatformMessageSchema)
    expect([received, changes, outcome].map((message) => union.Check(message))).toEqual([
      true,
      true,
      true,
    ])
  })

  it("refuse a message with an unknown version, a bad checksum or an extra field", () => {
    const check = Compile(ImportReceivedSchema)
    const badBundle = { ...received.data.bundle, sha256: "not-a-checksum" }
    expect([
      check.Check({ ...received, version: 2 }),
      check.Check({ ...received, data: { ...received.data, bundle: badBundle } }),
      check.Check({ ...received, extra: true }),
      Compile(ImportOutcomeSchema).Check({ ...received, type: "import.outcome" }),
      Compile(RosterChangesSchema).Check({
        ...changes,
        data: { ...changes.data, change: "moved" },
      }),
    ]).toEqual([false, false, false, false, false])
  })

  it("names subjects by district, entity and change", () => {
    expect([
      rosterChangeSubject(districtId, "enrollments", "removed"),
      importOutcomeSubject("rejected"),
    ]).toEqual([`roster.${districtId}.enrollments.removed`, "imports.outcome.rejected"])
  })
})
