import { describe, expect, it } from "vitest"
import {
  CommonVariables,
  integer,
  readConfig,
  ServiceError,
  servicePort,
} from "../src/index.js"

describe("readConfig", () => {
  const spec = {
    ...CommonVariables,
    INGEST_PORT: servicePort("ingest", 3001),
    MAX_UPLOAD_BYTES: integer({ description: "largest upload", default: "10", min: 1 }),
  }

  it("applies defaults and converts values", () => {
    const config = readConfig(spec, { INGEST_PORT: "4001" })
    expect(config).toEqual({
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/homeroom",
      NATS_URL: "nats://127.0.0.1:4222",
      HOST: "0.0.0.0",
      LOG_LEVEL: "info",
      SHUTDOWN_TIMEOUT_MS: 10000,
      CONSUMER_ACK_WAIT_MS: 30000,
      INGEST_PORT: 4001,
      MAX_UPLOAD_BYTES: 10,
    })
  })

  it("reports every bad variable in one error, hiding secret values", () => {
    let caught: unknown
    try {
      readConfig(spec, {
        DATABASE_URL: "mysql://user:secret@db/x",
        INGEST_PORT: "70000",
        LOG_LEVEL: "loud",
        MAX_UPLOAD_BYTES: "0",
      })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ServiceError)
    expect({
      ...(caught as ServiceError),
      message: (caught as ServiceError).message,
    }).toEqual({
      name: "ServiceError",
      code: "HR_KIT_CONFIG_INVALID",
      statusCode: 500,
      message: [
        "The service configuration is invalid:",
        "  - DATABASE_URL is (hidden): expected a URL starting with postgres:// or postgresql://",
        '  - LOG_LEVEL is "loud": expected one of fatal, error, warn, info, debug, trace, silent',
        '  - INGEST_PORT is "70000": expected a port, 0 to 65535',
        '  - MAX_UPLOAD_BYTES is "0": expected a whole number from 1 to 9007199254740991',
      ].join("\n"),
    })
  })
})
