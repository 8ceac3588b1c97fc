import { createConnection, createServer } from "node:net"
import { describe, expect, it, onTestFinished } from "vitest"
import { reserveTcpRelay } from "../src/index.js"

function echoServer() {
  const server = createServer((socket) => socket.pipe(socket))
  return new Promise<{ port: number; close: () => void }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      resolve({ port, close: () => server.close() })
    })
  })
}

function roundTrip(port: number, text: string) {
  return new Promise<string>((resolve, reject) => {
    const socket = createConnection(port, "127.0.0.1", () => socket.write(text))
    socket.once("data", (data) => {
      socket.end()
      resolve(data.toString())
    })
    socket.once("error", (error: NodeJS.ErrnoException) => reject(error.code))
  })
}

describe("reserveTcpRelay", () => {
  it("refuses connections while closed and forwards them while open", async () => {
    const echo = await echoServer()
    onTestFinished(echo.close)
    const relay = await reserveTcpRelay("127.0.0.1", echo.port)
    onTestFinished(relay.close)

    const beforeOpen = await roundTrip(relay.port, "hello").catch((code: string) => code)
    await relay.open()
    const whileOpen = await roundTrip(relay.port, "hello")
    await relay.close()
    const afterClose = await roundTrip(relay.port, "hello").catch((code: string) => code)

    expect([beforeOpen, whileOpen, afterClose]).toEqual([
      "ECONNREFUSED",
      "hello",
      "ECONNREFUSED",
    ])
  })
})
