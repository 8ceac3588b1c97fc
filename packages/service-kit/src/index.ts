export { CommonVariables, LogLevels, servicePort } from "./config/common.js"
export { type ConfigOf, type ConfigSpec, readConfig } from "./config/read-config.js"
export { integer, oneOf, port, text, url, type Variable } from "./config/variables.js"
export { KitErrors } from "./errors/kit-errors.js"
export {
  defineErrors,
  type ErrorDefinition,
  ServiceError,
} from "./errors/service-error.js"
export { createHttpServer, type HttpServerOptions } from "./http/create-http-server.js"
export { type ErrorBody, errorBody } from "./http/error-reply.js"
export {
  checkReadiness,
  type ReadinessCheck,
  type ReadinessReport,
} from "./http/readiness.js"
export { createLogger, type Logger, type LoggerOptions, RedactedPaths } from "./logger.js"
export { createMessageReader, type MessageReader } from "./messages/message-reader.js"
export { importOutcomeMessage } from "./messages/outcome-message.js"
export { connectNats, type NatsLink, pingNats } from "./nats/connection.js"
export { type ObjectWriter, readObject, writeObject } from "./nats/object-streams.js"
export { publishMessage } from "./nats/publish.js"
export { ensureTopology } from "./nats/topology.js"
export {
  type DeliveryContext,
  startWorkConsumer,
  type WorkConsumer,
  type WorkHandler,
} from "./nats/work-consumer.js"
export {
  closeDatabase,
  type Database,
  openDatabase,
  pingDatabase,
} from "./postgres/database.js"
export { runService } from "./service/run-service.js"
export {
  type RunningService,
  type ServiceContext,
  type ServiceDefinition,
  type StartOptions,
  startService,
} from "./service/start-service.js"
