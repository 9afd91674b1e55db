/** The error codes the simulated host answers with, as Excel spells them on the wire. */
export type HostErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "FormulaLengthExceedsLimit"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NonBlankCellOffSheet"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** HTTP status Excel sends with each code (the client library copies it into the error). */
export const HTTP_STATUS: Readonly<Record<HostErrorCode, number>> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  FormulaLengthExceedsLimit: 400,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidOperation: 400,
  InvalidOperationInCellEditMode: 400,
  ItemAlreadyExists: 409,
  ItemNotFound: 404,
  NonBlankCellOffSheet: 400,
  NotImplemented: 501,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
};

/** A failure of one action on the host; becomes the `Error` of the response. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

export function fail(code: HostErrorCode, message: string): never {
  throw new HostError(code, message);
}

/**
 * A member this simulator does not model: a test-infrastructure failure, never something Excel
 * would say, so that nothing the adapter does passes silently unmodelled.
 */
export function notModelled(what: string): never {
  throw new HostError("NotImplemented", `The Excel host simulator does not model ${what}.`);
}
