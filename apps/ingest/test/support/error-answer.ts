import { type ErrorBody, errorBody, type ServiceError } from "@homeroom/service-kit"

/** The body the API answers a catalogue error with. */
export function errorAnswer(error: ServiceError): ErrorBody {
  return errorBody(error.statusCode, error.code, error.message)
}
