import { captureLogs } from "@homeroom/testing"
import type { FastifyInstance } from "fastify"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createHttpServer, createLogger, defineErrors } from "../src/index.js"

const ExampleErrors = defineErrors("HR_EXAMPLE", {
  CLASS_NOT_FOUND: {
    statusCode: 404,
    message: (sourcedId: string) => `No class has the sourcedId ${sourcedId}.`,
  },
})

describe("error replies", () => {
  const logs = captureLogs()
  let app: FastifyInstance

  beforeAll(async () => {
    const logger = createLogger({
      service: "example",
      level: "info",
      destination: logs.destination,
    })
    app = createHttpServer({ logger, checks: [] })
    app.get("/known", async () => {
      throw ExampleErrors.CLASS_NOT_FOUND("class-7")
    })
    app.get("/broken", async () => {
      throw new Error("connection to 10.0.0.5 refused: password=hunter2")
    })
    app.post("/echo", async (request) => request.body)
    app.post(
      "/thresholds",
      {
        schema: {
          body: {
            type: "object",
            properties: { floor: { type: "integer" } },
            additionalProperties: false,
          },
        },
      },
      async (request) => request.body,
    )
    await app.ready()
  })
  afterAll(() => app?.close())

  const call = async (method: "GET" | "POST", url: string, payload?: string) => {
    const response = await app.inject({
      method,
      url,
      payload,
      headers: payload ? { "content-type": "application/json" } : {},
    })
    return { statusCode: response.statusCode, body: response.json() }
  }

  it("answers a catalogue error with its code and message", async () => {
    expect(await call("GET", "/known")).toEqual({
      statusCode: 404,
      body: {
        statusCode: 404,
        code: "HR_EXAMPLE_CLASS_NOT_FOUND",
        error: "Not Found",
        message: "No class has the sourcedId class-7.",
      },
    })
  })

  it("hides the details of an unexpected error and logs them", async () => {
    const answer = await call("GET", "/broken")
    const logged = logs.lines.find((line) => line["msg"] === "request failed")

    expect(answer).toEqual({
      statusCode: 500,
      body: {
        statusCode: 500,
        code: "HR_KIT_INTERNAL",
        error: "Internal Server Error",
        message: "Something went wrong on our side. The error has been logged.",
      },
    })
    expect(logged?.["err"]).toMatchObject({
      message: expect.stringContaining("10.0.0.5"),
    })
  })

  it("keeps Fastify's own client errors as 4xx with a kit code", async () => {
    expect(await call("POST", "/echo", "{not json")).toEqual({
      statusCode: 400,
      body: {
        statusCode: 400,
        code: "HR_KIT_FST_ERR_CTP_INVALID_JSON_BODY",
        error: "Bad Request",
        message: expect.stringContaining("JSON"),
      },
    })
  })

  it("refuses a field the schema does not know instead of dropping it", async () => {
    expect(await call("POST", "/thresholds", '{"flor":50}')).toEqual({
      statusCode: 400,
      body: {
        statusCode: 400,
        code: "HR_KIT_REQUEST_INVALID",
        error: "Bad Request",
        message: 'body must NOT have additional properties ("flor")',
      },
    })
  })

  it("answers an unknown route in the same shape", async () => {
    expect(await call("GET", "/nowhere?x=1")).toEqual({
      statusCode: 404,
      body: {
        statusCode: 404,
        code: "HR_KIT_ROUTE_NOT_FOUND",
        error: "Not Found",
        message: "No route answers GET /nowhere.",
      },
    })
  })
})
