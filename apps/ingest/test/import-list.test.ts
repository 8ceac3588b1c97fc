import { randomUUID } from "node:crypto"
import {
  createImport,
  type ImportView,
  imports,
  transitionImport,
} from "@homeroom/records"
import { inArray } from "drizzle-orm"
import { afterAll, beforeAll, expect, test } from "vitest"
import { IngestErrors } from "../src/index.js"
import { readApi } from "./support/api.js"
import { sampleBundle } from "./support/bundle-zip.js"
import { errorAnswer } from "./support/error-answer.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { uploadBundle } from "./support/upload.js"

const cleanups = cleanupList()
let harness: IngestHarness
/** The district's uploads, oldest first. */
const uploaded: string[] = []

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
  for (let count = 0; count < 5; count += 1) {
    const response = await uploadBundle(
      harness.service.url,
      harness.district.administratorToken,
      await sampleBundle(),
      { fileName: `roster-${count}.zip` },
    )
    uploaded.push(((await response.json()) as { id: string }).id)
  }
  await uploadBundle(
    harness.service.url,
    harness.otherDistrict.administratorToken,
    await sampleBundle(),
  )
})

function list(query: string, token = harness.district.readerToken) {
  return readApi(harness.service.url, `/v1/imports${query}`, token)
}

/** The import as it appears in a list: its view without the timeline. */
async function listItem(importId: string) {
  const { body } = await readApi(
    harness.service.url,
    `/v1/imports/${importId}`,
    harness.district.readerToken,
  )
  const { timeline: _timeline, ...item } = body as ImportView
  return item
}

function newestFirst(ids: string[]) {
  return [...ids].reverse()
}

/**
 * Imports in the list's order: newest first by the millisecond they were received,
 * then by id. Imports recorded in a quick loop can share a millisecond.
 */
async function inListOrder(ids: string[]): Promise<string[]> {
  const rows = await harness.service.context.database
    .select({ id: imports.id, receivedAt: imports.receivedAt })
    .from(imports)
    .where(inArray(imports.id, ids))
  return rows
    .sort(
      (left, right) =>
        right.receivedAt.getTime() - left.receivedAt.getTime() ||
        (right.id > left.id ? 1 : -1),
    )
    .map((row) => row.id)
}

test("the district's imports are listed newest first, a page at a time", async () => {
  const [fifth, fourth, third, second, first] = newestFirst(uploaded)

  const pageOne = await list("?limit=2")
  const { nextCursor: cursorOne } = pageOne.body as { nextCursor: string }
  const pageTwo = await list(`?limit=2&cursor=${cursorOne}`)
  const { nextCursor: cursorTwo } = pageTwo.body as { nextCursor: string }
  const pageThree = await list(`?limit=2&cursor=${cursorTwo}`)

  expect(pageOne).toEqual({
    status: 200,
    body: {
      items: [await listItem(String(fifth)), await listItem(String(fourth))],
      nextCursor: expect.any(String),
    },
  })
  expect(pageTwo).toEqual({
    status: 200,
    body: {
      items: [await listItem(String(third)), await listItem(String(second))],
      nextCursor: expect.any(String),
    },
  })
  expect(pageThree).toEqual({
    status: 200,
    body: { items: [await listItem(String(first))], nextCursor: null },
  })
})

test("a list without a limit holds 20 imports", async () => {
  const district: string[] = []
  for (let count = 0; count < 21; count += 1) {
    const id = randomUUID()
    await createImport(harness.service.context.database, {
      id,
      districtId: harness.otherDistrict.districtId,
      source: "sftp",
      fileName: `nightly-${count}.zip`,
      sizeBytes: 100,
      sha256: "0".repeat(64),
      objectName: `${id}/bundle.zip`,
    })
    district.push(id)
  }

  const answer = await list("", harness.otherDistrict.readerToken)

  const page = answer.body as { items: Array<{ id: string }>; nextCursor: string | null }
  expect(answer.status).toBe(200)
  expect(page.items.map((item) => item.id)).toEqual(
    (await inListOrder(district)).slice(0, 20),
  )
  expect(page.nextCursor).toEqual(expect.any(String))
})

test("the list is filtered by status", async () => {
  const failedId = String(uploaded[1])
  const reason = "The import could not be queued for validation; send the bundle again."
  await transitionImport(harness.service.context.database, failedId, "failed", { reason })

  const failed = await list("?status=failed")
  const received = await list("?status=received")

  expect(failed).toEqual({
    status: 200,
    body: { items: [await listItem(failedId)], nextCursor: null },
  })
  const receivedIds = (received.body as { items: Array<{ id: string }> }).items
  expect(receivedIds.map((item) => item.id)).toEqual(
    newestFirst(uploaded.filter((id) => id !== failedId)),
  )
})

test("an unknown status is refused with 400", async () => {
  const answer = await list("?status=finished")

  expect(answer).toEqual({
    status: 400,
    body: {
      statusCode: 400,
      code: "HR_KIT_REQUEST_INVALID",
      error: "Bad Request",
      message: expect.stringContaining("status"),
    },
  })
})

test("a limit above 100 is refused with 400", async () => {
  const answer = await list("?limit=101")

  expect(answer).toEqual({
    status: 400,
    body: {
      statusCode: 400,
      code: "HR_KIT_REQUEST_INVALID",
      error: "Bad Request",
      message: expect.stringContaining("limit"),
    },
  })
})

test("a cursor this service did not give out is refused with 400", async () => {
  const forged = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", "x"])).toString(
    "base64url",
  )

  const garbage = await list("?cursor=not-a-cursor")
  const wrongId = await list(`?cursor=${forged}`)

  const expected = { status: 400, body: errorAnswer(IngestErrors.CURSOR_INVALID()) }
  expect(garbage).toEqual(expected)
  expect(wrongId).toEqual(expected)
})
