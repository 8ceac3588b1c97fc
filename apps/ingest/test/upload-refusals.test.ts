import { request } from "node:http"
import { RecordErrors } from "@homeroom/records"
import { captureLogs, waitFor } from "@homeroom/testing"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { IngestErrors } from "../src/index.js"
import { sampleBundle } from "./support/bundle-zip.js"
import { errorAnswer } from "./support/error-answer.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"
import { keptState } from "./support/kept-state.js"
import { uploadBundle } from "./support/upload.js"

const MaxUploadBytes = 1024 * 1024

const cleanups = cleanupList()
const logs = captureLogs()
let harness: IngestHarness

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add, {
    variables: { MAX_UPLOAD_BYTES: `${MaxUploadBytes}` },
    logDestination: logs.destination,
  })
})

/** Runs a refused upload and checks it left nothing behind. */
async function refuse(upload: () => Promise<Response>) {
  const before = await keptState(harness)

  const response = await upload()
  const answer = { status: response.status, body: await response.json() }

  expect(await keptState(harness)).toEqual(before)
  return answer
}

function postAs(token: string | null, bundle: Uint8Array, field = "file") {
  return () => uploadBundle(harness.service.url, token, bundle, { field })
}

describe("who may upload", () => {
  test("an upload without a token is refused with 401", async () => {
    const answer = await refuse(postAs(null, await sampleBundle()))

    expect(answer).toEqual({
      status: 401,
      body: errorAnswer(RecordErrors.TOKEN_MISSING()),
    })
  })

  test("an upload with an unknown token is refused with 401", async () => {
    const answer = await refuse(postAs("hr_not-a-real-token", await sampleBundle()))

    expect(answer).toEqual({
      status: 401,
      body: errorAnswer(RecordErrors.TOKEN_INVALID()),
    })
  })

  test("an upload with a reader token is refused with 403", async () => {
    const answer = await refuse(
      postAs(harness.district.readerToken, await sampleBundle()),
    )

    expect(answer).toEqual({
      status: 403,
      body: errorAnswer(RecordErrors.ADMINISTRATOR_REQUIRED()),
    })
  })
})

describe("what an upload must carry", () => {
  test("a request that is not multipart is refused with 415", async () => {
    const answer = await refuse(() =>
      fetch(`${harness.service.url}/v1/imports`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${harness.district.administratorToken}`,
          "content-type": "application/zip",
        },
        body: new Uint8Array(100),
      }),
    )

    expect(answer).toEqual({
      status: 415,
      body: errorAnswer(IngestErrors.UPLOAD_NOT_MULTIPART()),
    })
  })

  test("a file in another field than `file` is refused with 400", async () => {
    const token = harness.district.administratorToken

    const answer = await refuse(postAs(token, await sampleBundle(), "bundle"))

    expect(answer).toEqual({
      status: 400,
      body: errorAnswer(IngestErrors.UPLOAD_FILE_MISSING()),
    })
  })

  test("a form without any file is refused with 400", async () => {
    const form = new FormData()
    form.append("file", "roster.zip")

    const answer = await refuse(() =>
      fetch(`${harness.service.url}/v1/imports`, {
        method: "POST",
        headers: { authorization: `Bearer ${harness.district.administratorToken}` },
        body: form,
      }),
    )

    expect(answer).toEqual({
      status: 400,
      body: errorAnswer(IngestErrors.UPLOAD_FILE_MISSING()),
    })
  })

  test("an empty file is refused with 400", async () => {
    const token = harness.district.administratorToken

    const answer = await refuse(postAs(token, new Uint8Array()))

    expect(answer).toEqual({
      status: 400,
      body: errorAnswer(IngestErrors.UPLOAD_EMPTY()),
    })
  })
})

describe("the size limit", () => {
  test("a bundle one byte over MAX_UPLOAD_BYTES is refused with 413", async () => {
    const token = harness.district.administratorToken

    const answer = await refuse(postAs(token, new Uint8Array(MaxUploadBytes + 1)))

    expect(answer).toEqual({
      status: 413,
      body: errorAnswer(IngestErrors.UPLOAD_TOO_LARGE(MaxUploadBytes)),
    })
  })

  test("a bundle far over the limit is refused and none of it is kept", async () => {
    const token = harness.district.administratorToken

    const answer = await refuse(postAs(token, new Uint8Array(16 * MaxUploadBytes)))

    expect(answer.status).toBe(413)
  })

  test("a bundle of exactly MAX_UPLOAD_BYTES is accepted", async () => {
    const token = harness.district.administratorToken

    const response = await uploadBundle(
      harness.service.url,
      token,
      new Uint8Array(MaxUploadBytes),
    )

    expect(response.status).toBe(202)
  })

  test("the connection stays usable for the next upload after a refusal", async () => {
    const token = harness.district.administratorToken
    await refuse(postAs(token, new Uint8Array(4 * MaxUploadBytes)))

    const response = await uploadBundle(harness.service.url, token, await sampleBundle())

    expect(response.status).toBe(202)
  })
})

test("an upload cut off midway leaves no import and no stored chunks behind", async () => {
  const before = await keptState(harness)
  const boundary = "homeroom-test-boundary"
  const upload = request(`${harness.service.url}/v1/imports`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${harness.district.administratorToken}`,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "content-length": `${MaxUploadBytes}`,
    },
  })
  upload.on("error", () => {})

  upload.write(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
      `filename="roster.zip"\r\nContent-Type: application/zip\r\n\r\n`,
  )
  upload.write(Buffer.alloc(512 * 1024))
  await waitFor(async () => (await keptState(harness)).objectChunks > 0, {
    what: "the first chunks to be stored",
  })
  upload.destroy()

  await waitFor(
    () => logs.lines.some((line) => line["code"] === "HR_INGEST_UPLOAD_INTERRUPTED"),
    {
      what: "the interrupted upload to be handled",
    },
  )
  expect(await keptState(harness)).toEqual(before)
})
