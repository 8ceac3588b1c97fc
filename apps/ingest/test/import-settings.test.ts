import { DefaultThresholds, type ImportSettings } from "@homeroom/contracts"
import { createDistrict, issueToken, RecordErrors } from "@homeroom/records"
import { afterAll, beforeAll, expect, test } from "vitest"
import { type Answer, callApi } from "./support/call-api.js"
import { errorAnswer } from "./support/error-answer.js"
import { cleanupList, type IngestHarness, startIngest } from "./support/ingest-harness.js"

const cleanups = cleanupList()
let harness: IngestHarness

afterAll(cleanups.run)
beforeAll(async () => {
  harness = await startIngest(cleanups.add)
})

/** A district of its own for each test, so no test sees another's settings. */
async function newDistrict(name: string, recipients: string[] = []) {
  const { database } = harness.service.context
  const created = await createDistrict(database, {
    name,
    notificationRecipients: recipients,
  })
  const deputy = await issueToken(database, created.districtId, "administrator", "deputy")
  const reader = await issueToken(database, created.districtId, "reader", "dashboard")
  return { districtId: created.districtId, administrator: created.token, deputy, reader }
}

function readSettings(token: string): Promise<Answer> {
  return callApi(harness.service.url, token, { path: "/v1/settings" })
}

function saveSettings(token: string, body: unknown): Promise<Answer> {
  return callApi(harness.service.url, token, {
    method: "PUT",
    path: "/v1/settings",
    body,
  })
}

function readHistory(token: string, query = ""): Promise<Answer> {
  return callApi(harness.service.url, token, { path: `/v1/settings/history${query}` })
}

const manualSettings: ImportSettings = {
  processing: "manual",
  recipients: ["registrar@birch.example", "it@birch.example"],
  thresholds: [
    { kind: "users", measure: "removed", count: 25 },
    { kind: "studentEnrollments", measure: "removed", percent: 8, floor: 200 },
    { kind: "classes", measure: "changed", count: 40, percent: 12.5 },
    { kind: "users", measure: "errors", percent: 2 },
  ],
}

function timeOf(text: unknown): number {
  return Date.parse(String(text))
}

test("a district that never saved its settings reads the defaults with its recipients", async () => {
  const district = await newDistrict("Aspen Falls Schools", ["it@aspen.example"])

  const answer = await readSettings(district.administrator.token)

  expect(answer).toEqual({
    status: 200,
    body: {
      processing: "onArrival",
      recipients: ["it@aspen.example"],
      thresholds: DefaultThresholds,
      updatedAt: null,
      updatedBy: null,
    },
  })
})

test("a full set of settings is saved and read back as it was sent", async () => {
  const district = await newDistrict("Birch Hollow Schools", ["old@birch.example"])
  const before = Date.now()

  const saved = await saveSettings(district.administrator.token, manualSettings)
  const read = await readSettings(district.administrator.token)

  expect(saved).toEqual({
    status: 200,
    body: {
      ...manualSettings,
      updatedAt: expect.any(String),
      updatedBy: district.administrator.tokenId,
    },
  })
  expect(read).toEqual(saved)
  const updatedAt = timeOf((saved.body as { updatedAt: string }).updatedAt)
  expect(updatedAt).toBeGreaterThanOrEqual(before)
  expect(updatedAt).toBeLessThanOrEqual(Date.now())
})

test("saving replaces every setting, so thresholds left out are gone", async () => {
  const district = await newDistrict("Cedar Point Schools")
  await saveSettings(district.administrator.token, manualSettings)
  const fewer: ImportSettings = {
    processing: "onArrival",
    recipients: [],
    thresholds: [{ kind: "orgs", measure: "removed", count: 1 }],
  }

  await saveSettings(district.administrator.token, fewer)
  const read = await readSettings(district.administrator.token)

  expect(read).toEqual({
    status: 200,
    body: {
      ...fewer,
      updatedAt: expect.any(String),
      updatedBy: district.administrator.tokenId,
    },
  })
})

const ruleCases = [
  {
    rule: "a threshold needs a count or a percent",
    settings: {
      ...manualSettings,
      thresholds: [
        { kind: "users", measure: "removed", count: 25 },
        { kind: "classes", measure: "created" },
      ],
    },
    code: "HR_INGEST_THRESHOLD_LIMIT_MISSING",
    message:
      "thresholds[1] has neither a count nor a percent; give it at least one, or it " +
      "is never reached.",
  },
  {
    rule: "a floor needs a percent",
    settings: {
      ...manualSettings,
      thresholds: [
        { kind: "users", measure: "removed", count: 25 },
        { kind: "users", measure: "created", percent: 30, floor: 100 },
        { kind: "classes", measure: "removed", count: 5, floor: 100 },
      ],
    },
    code: "HR_INGEST_THRESHOLD_FLOOR_WITHOUT_PERCENT",
    message:
      "thresholds[2].floor is set without a percent; a floor only limits a " +
      "percentage, so add a percent or remove the floor.",
  },
  {
    rule: "one threshold per kind and measure",
    settings: {
      ...manualSettings,
      thresholds: [
        { kind: "users", measure: "removed", count: 25 },
        { kind: "users", measure: "changed", percent: 20 },
        { kind: "users", measure: "removed", percent: 10 },
      ],
    },
    code: "HR_INGEST_THRESHOLD_DUPLICATE",
    message:
      "thresholds[2] repeats thresholds[0] (users, removed); keep one threshold per " +
      "kind and measure.",
  },
  {
    rule: "each recipient once, whatever its case",
    settings: {
      ...manualSettings,
      recipients: ["it@birch.example", "office@birch.example", "IT@Birch.example"],
    },
    code: "HR_INGEST_RECIPIENT_DUPLICATE",
    message:
      "recipients[2] repeats recipients[0] (addresses are compared ignoring case); " +
      "list each address once.",
  },
]

test.each(ruleCases)(
  "$rule: otherwise 400 names the field and nothing is saved",
  async (ruleCase) => {
    const district = await newDistrict("Dogwood Schools", ["it@dogwood.example"])

    const answer = await saveSettings(district.administrator.token, ruleCase.settings)

    expect(answer).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        code: ruleCase.code,
        error: "Bad Request",
        message: ruleCase.message,
      },
    })
    expect(await readSettings(district.administrator.token)).toEqual({
      status: 200,
      body: {
        processing: "onArrival",
        recipients: ["it@dogwood.example"],
        thresholds: DefaultThresholds,
        updatedAt: null,
        updatedBy: null,
      },
    })
    expect(await readHistory(district.administrator.token)).toEqual({
      status: 200,
      body: { items: [] },
    })
  },
)

const schemaCases = [
  {
    problem: "an unknown measure",
    settings: {
      ...manualSettings,
      thresholds: [{ kind: "users", measure: "deleted", count: 1 }],
    },
    field: "/thresholds/0/measure",
  },
  {
    problem: "a percent above 100",
    settings: {
      ...manualSettings,
      thresholds: [{ kind: "users", measure: "removed", percent: 150 }],
    },
    field: "/thresholds/0/percent",
  },
  {
    problem: "a recipient that is not an address",
    settings: { ...manualSettings, recipients: ["registrar"] },
    field: "/recipients/0",
  },
  {
    problem: "an unknown processing mode",
    settings: { ...manualSettings, processing: "weekly" },
    field: "/processing",
  },
]

test.each(schemaCases)(
  "$problem is refused with 400 naming the field",
  async (schemaCase) => {
    const district = await newDistrict("Elm Grove Schools")

    const answer = await saveSettings(district.administrator.token, schemaCase.settings)

    expect(answer).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        code: "HR_KIT_REQUEST_INVALID",
        error: "Bad Request",
        message: expect.stringContaining(`body${schemaCase.field}`),
      },
    })
  },
)

test("settings without their thresholds are refused, since a save replaces them all", async () => {
  const district = await newDistrict("Fir Valley Schools")

  const answer = await saveSettings(district.administrator.token, {
    processing: "manual",
    recipients: [],
  })

  expect(answer).toEqual({
    status: 400,
    body: {
      statusCode: 400,
      code: "HR_KIT_REQUEST_INVALID",
      error: "Bad Request",
      message: expect.stringContaining("thresholds"),
    },
  })
})

test("a reader token may not read, save or list the settings", async () => {
  const district = await newDistrict("Ginkgo Schools")
  const refused = {
    status: 403,
    body: errorAnswer(RecordErrors.ADMINISTRATOR_REQUIRED()),
  }

  const answers = [
    await readSettings(district.reader.token),
    await saveSettings(district.reader.token, manualSettings),
    await saveSettings(district.reader.token, { processing: "weekly" }),
    await readHistory(district.reader.token),
  ]

  expect(answers).toEqual([refused, refused, refused, refused])
  expect(await readHistory(district.administrator.token)).toEqual({
    status: 200,
    body: { items: [] },
  })
})

test("the history shows every saved version, newest first, with its token and time", async () => {
  const district = await newDistrict("Hazel Park Schools")
  const later: ImportSettings = {
    processing: "onArrival",
    recipients: ["deputy@hazel.example"],
    thresholds: [{ kind: "teacherEnrollments", measure: "updated", count: 10 }],
  }
  const before = Date.now()

  await saveSettings(district.administrator.token, manualSettings)
  await saveSettings(district.deputy.token, later)
  const history = await readHistory(district.administrator.token)
  const newest = await readHistory(district.administrator.token, "?limit=1")

  expect(history).toEqual({
    status: 200,
    body: {
      items: [
        { ...later, changedAt: expect.any(String), changedBy: district.deputy.tokenId },
        {
          ...manualSettings,
          changedAt: expect.any(String),
          changedBy: district.administrator.tokenId,
        },
      ],
    },
  })
  const [second, first] = (history.body as { items: Array<{ changedAt: string }> }).items
  expect(timeOf(first?.changedAt)).toBeGreaterThanOrEqual(before)
  expect(timeOf(second?.changedAt)).toBeGreaterThanOrEqual(timeOf(first?.changedAt))
  expect(timeOf(second?.changedAt)).toBeLessThanOrEqual(Date.now())
  expect(newest).toEqual({
    status: 200,
    body: { items: [(history.body as { items: unknown[] }).items[0]] },
  })
})

test("a history limit above 100 is refused with 400", async () => {
  const district = await newDistrict("Ivy Lane Schools")

  const answer = await readHistory(district.administrator.token, "?limit=101")

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

test("another district never sees a district's settings or their history", async () => {
  const district = await newDistrict("Juniper Schools", ["it@juniper.example"])
  const other = await newDistrict("Kauri Schools", ["it@kauri.example"])

  await saveSettings(district.administrator.token, manualSettings)
  const otherSettings = await readSettings(other.administrator.token)
  const otherHistory = await readHistory(other.administrator.token)

  expect(otherSettings).toEqual({
    status: 200,
    body: {
      processing: "onArrival",
      recipients: ["it@kauri.example"],
      thresholds: DefaultThresholds,
      updatedAt: null,
      updatedBy: null,
    },
  })
  expect(otherHistory).toEqual({ status: 200, body: { items: [] } })
})
