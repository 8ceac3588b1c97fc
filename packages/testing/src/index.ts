export { captureLogs, type LogCapture } from "./log-capture.js"
export { freePort, startNatsServer, type TestNatsServer } from "./nats-server.js"
export {
  prepareSftpClient,
  type SftpClient,
  type SftpRun,
  type SftpSignIn,
} from "./sftp-client.js"
export { type ReceivedMail, type SmtpSink, startSmtpSink } from "./smtp-sink.js"
export { reserveTcpRelay, type TcpRelay } from "./tcp-relay.js"
export { createTestDatabase, type TestDatabase } from "./test-database.js"
export { type WaitOptions, waitFor } from "./wait-for.js"
