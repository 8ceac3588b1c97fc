import type { SftpSignIn } from "@homeroom/testing"
import ssh2, { type SFTPWrapper } from "ssh2"

/** An SFTP connection kept open by the test itself, with its own files in `/upload`. */
export interface HeldConnection {
  /** Writes a whole file in one open-write-close, as a client's put does. */
  readonly writeFile: (path: string, content: string) => Promise<void>
  /** The names `/upload` lists for this connection. */
  readonly list: () => Promise<string[]>
  readonly end: () => Promise<void>
  /** Calls back when the server ends the connection. */
  readonly onClose: (listener: () => void) => void
}

/**
 * Opens an SFTP connection with ssh2's client and keeps it open, so a file it wrote
 * stays in its folder while another client looks for it.
 */
export async function holdConnection(signIn: SftpSignIn): Promise<HeldConnection> {
  const client = new ssh2.Client()
  const ready = new Promise<void>((resolve, reject) => {
    client.once("ready", resolve).once("error", reject)
  })
  client.connect({
    host: "127.0.0.1",
    port: signIn.port,
    username: signIn.username,
    password: signIn.password,
  })
  await ready
  let closed = false
  client.once("close", () => {
    closed = true
  })
  const sftp = await new Promise<SFTPWrapper>((resolve, reject) => {
    client.sftp((error, opened) => (error ? reject(error) : resolve(opened)))
  })

  return {
    writeFile: (path, content) =>
      new Promise((resolve, reject) => {
        sftp.writeFile(path, content, (error) => (error ? reject(error) : resolve()))
      }),
    list: () =>
      new Promise((resolve, reject) => {
        sftp.readdir("/upload", (error, entries) =>
          error ? reject(error) : resolve(entries.map((entry) => entry.filename)),
        )
      }),
    end: async () => {
      if (closed) return
      const ended = new Promise<void>((resolve) => client.once("close", () => resolve()))
      client.end()
      await ended
    },
    onClose: (listener) => {
      client.once("close", () => listener())
    },
  }
}
