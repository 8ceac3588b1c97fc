import assert from "node:assert/strict"
import { createHash, randomBytes } from "node:crypto"
import { createServer } from "node:http"
import { after, before, describe, test } from "node:test"
import { createGateway } from "../lib/gateway/gateway-server.mjs"

/** A stand-in service that answers with what it received: method, path and body digest. */
function startEchoService(name, readiness = { status: 200, body: { status: "ready" } }) {
  const server = createServer((request, response) => {
    if (request.url === "/health/ready") {
      response.writeHead(readiness.status, { "content-type": "application/json" })
      return response.end(JSON.stringify(readiness.body))
    }

    const hash = createHash("sha256")
    let bytes = 0
    request.on("data", (chunk) => {
      hash.update(chunk)
      bytes += chunk.length
    })
    request.on("end", () => {
      response.writeHead(201, { "content-type": "application/json", "x-service": name })
      response.end(
        JSON.stringify({
          service: name,
          method: request.method,
          url: request.url,
          bytes,
          sha256: hash.digest("hex"),
          forwardedProto: request.headers["x-forwarded-proto"],
        }),
      )
    })
  })

  return listen(server)
}

function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(server))
  })
}

function baseUrlOf(server) {
  return `http://127.0.0.1:${server.address().port}`
}

function close(server) {
  server.closeAllConnections?.()
  return new Promise((resolve) => server.close(() => resolve()))
}

describe("gateway", () => {
  const servers = []
  const readiness = { status: 200, body: { status: "ready" } }
  let gatewayUrl

  after(async () => {
    await Promise.all(servers.map((server) => close(server)))
  })

  before(async () => {
    const ingest = await startEchoService("ingest")
    const roster = await startEchoService("roster")
    const validation = await startEchoService("validation")
    const notification = await startEchoService("notification", readiness)
    servers.push(ingest, roster, validation, notification)

    const gateway = createGateway({
      ingest: baseUrlOf(ingest),
      validation: baseUrlOf(validation),
      roster: baseUrlOf(roster),
      notification: baseUrlOf(notification),
    })
    servers.push(await listen(gateway))
    gatewayUrl = baseUrlOf(gateway)
  })

  test("routes each path prefix to its service, query string included", async () => {
    const expectations = [
      ["/v1/imports/abc?limit=5", "ingest"],
      ["/v1/imports/abc/problems?format=csv", "ingest"],
      ["/v1/imports/abc/process", "ingest"],
      ["/v1/imports/abc/changes?kind=users", "roster"],
      ["/v1/imports/abc/decision", "roster"],
      ["/v1/sftp/credentials", "ingest"],
      ["/v1/settings", "ingest"],
      ["/v1/orgs?district=d1", "roster"],
      ["/v1/academicSessions/s1", "roster"],
      ["/v1/users", "roster"],
      ["/v1/classes/c1", "roster"],
      ["/v1/enrollments", "roster"],
    ]

    for (const [path, service] of expectations) {
      const response = await fetch(`${gatewayUrl}${path}`)

      assert.deepEqual(
        { status: response.status, body: await response.json() },
        {
          status: 201,
          body: {
            service,
            method: "GET",
            url: path,
            bytes: 0,
            sha256: createHash("sha256").digest("hex"),
            forwardedProto: "http",
          },
        },
      )
    }
  })

  test("streams a 32 MB upload to the service byte for byte", async () => {
    const upload = randomBytes(32 * 1024 * 1024)
    const response = await fetch(`${gatewayUrl}/v1/imports`, {
      method: "POST",
      body: upload,
      headers: { "content-type": "application/zip" },
    })

    assert.deepEqual(await response.json(), {
      service: "ingest",
      method: "POST",
      url: "/v1/imports",
      bytes: upload.length,
      sha256: createHash("sha256").update(upload).digest("hex"),
      forwardedProto: "http",
    })
  })

  test("answers 404 with a code for a path no service answers", async () => {
    const response = await fetch(`${gatewayUrl}/v2/unknown`)

    assert.deepEqual(
      { status: response.status, body: await response.json() },
      {
        status: 404,
        body: {
          code: "GATEWAY_ROUTE_NOT_FOUND",
          message: "no service answers /v2/unknown",
        },
      },
    )
  })

  test("is ready only while every service is ready, and shows each answer", async () => {
    const ready = await fetch(`${gatewayUrl}/health/ready`)
    assert.equal(ready.status, 200)

    readiness.status = 503
    readiness.body = { status: "unavailable", checks: { nats: { status: "down" } } }
    const unavailable = await fetch(`${gatewayUrl}/health/ready`)

    assert.deepEqual(
      { status: unavailable.status, body: await unavailable.json() },
      {
        status: 503,
        body: {
          status: "unavailable",
          services: {
            ingest: { status: 200, answer: { status: "ready" } },
            validation: { status: 200, answer: { status: "ready" } },
            roster: { status: 200, answer: { status: "ready" } },
            notification: {
              status: 503,
              answer: { status: "unavailable", checks: { nats: { status: "down" } } },
            },
          },
        },
      },
    )
  })
})

describe("gateway with a service down", () => {
  test("answers 502 for its routes and 503 for readiness", async (context) => {
    const stopped = await listen(createServer())
    const deadUrl = baseUrlOf(stopped)
    await close(stopped)
    const gateway = await listen(
      createGateway({
        ingest: deadUrl,
        validation: deadUrl,
        roster: deadUrl,
        notification: deadUrl,
      }),
    )
    context.after(() => close(gateway))

    const routed = await fetch(`${baseUrlOf(gateway)}/v1/users`)
    const readiness = await fetch(`${baseUrlOf(gateway)}/health/ready`)

    assert.deepEqual(
      [routed.status, (await routed.json()).code, readiness.status],
      [502, "GATEWAY_UPSTREAM_UNREACHABLE", 503],
    )
  })
})
