import {
  createTestDatabase,
  reserveTcpRelay,
  startNatsServer,
  type TcpRelay,
  type TestDatabase,
  type TestNatsServer,
  waitFor,
} from "@homeroom/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  type RunningService,
  type ServiceDefinition,
  servicePort,
  startService,
} from "../src/index.js"

const probe: ServiceDefinition<{ PROBE_PORT: ReturnType<typeof servicePort> }> = {
  name: "probe",
  portVariable: "PROBE_PORT",
  variables: { PROBE_PORT: servicePort("probe", 0) },
  setup: async () => {},
}

describe("readiness", () => {
  let database: TestDatabase
  let nats: TestNatsServer
  let postgresRelay: TcpRelay
  let service: RunningService<typeof probe.variables>

  beforeAll(async () => {
    database = await createTestDatabase()
    nats = await startNatsServer()
    const databaseUrl = new URL(database.url)
    postgresRelay = await reserveTcpRelay(databaseUrl.hostname, Number(databaseUrl.port))
    await postgresRelay.open()
    databaseUrl.hostname = "127.0.0.1"
    databaseUrl.port = `${postgresRelay.port}`
    service = await startService(probe, {
      environment: {
        DATABASE_URL: databaseUrl.toString(),
        NATS_URL: nats.url,
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
      },
    })
  })
  afterAll(async () => {
    await service?.stop()
    await postgresRelay?.close()
    await nats?.destroy()
    await database?.drop()
  })

  const ready = async () => {
    const response = await fetch(`${service.url}/health/ready`)
    return { statusCode: response.status, body: await response.json() }
  }

  it("answers 200 when Postgres and NATS answer", async () => {
    expect(await ready()).toEqual({
      statusCode: 200,
      body: {
        status: "ready",
        checks: { postgres: { status: "up" }, nats: { status: "up" } },
      },
    })
  })

  it("answers 503 naming NATS while it is down, and recovers when it returns", async () => {
    await nats.stop()
    const down = await waitFor(async () => {
      const answer = await ready()
      return answer.statusCode === 503 ? answer : null
    })
    expect(down).toEqual({
      statusCode: 503,
      body: {
        status: "unavailable",
        checks: {
          postgres: { status: "up" },
          nats: { status: "down", reason: "not connected to the NATS server" },
        },
      },
    })

    await nats.restart()
    const up = await waitFor(async () =>
      (await ready()).statusCode === 200 ? "up" : null,
    )
    expect(up).toBe("up")
  })

  it("answers 503 naming Postgres while it is unreachable, and recovers", async () => {
    await postgresRelay.close()
    const down = await waitFor(async () => {
      const answer = await ready()
      return answer.statusCode === 503 ? answer : null
    })
    expect(down).toEqual({
      statusCode: 503,
      body: {
        status: "unavailable",
        checks: {
          postgres: { status: "down", reason: expect.any(String) },
          nats: { status: "up" },
        },
      },
    })

    await postgresRelay.open()
    const up = await waitFor(async () =>
      (await ready()).statusCode === 200 ? "up" : null,
    )
    expect(up).toBe("up")
  })

  it("answers liveness while running", async () => {
    const response = await fetch(`${service.url}/health/live`)
    expect({ statusCode: response.status, body: await response.json() }).toEqual({
      statusCode: 200,
      body: { status: "live" },
    })
  })
})
