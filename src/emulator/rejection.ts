/**
 * A refusal the emulator answers with, in the service's own words. `message` is what the service
 * says on the wire; `reason` is the emulator's explanation for the verdict log line (the real
 * service never says which check failed, which is what makes the emulator worth running).
 */
export class Rejection extends Error {
  override readonly name = 'Rejection';
  readonly status: number;
  readonly errorType: string;
  readonly reason: string;

  constructor(status: number, errorType: string, message: string, reason: string) {
    super(message);
    this.status = status;
    this.errorType = errorType;
    this.reason = reason;
  }
}

export function invalidSignature(reason: string): Rejection {
  return new Rejection(403, 'AccessDeniedException', 'Invalid signature', reason);
}

export function untrustedCertificate(reason: string): Rejection {
  return new Rejection(403, 'AccessDeniedException', 'Untrusted Signing Certificate', reason);
}

export function accessDenied(message: string, reason: string): Rejection {
  return new Rejection(403, 'AccessDeniedException', message, reason);
}

export function validationError(message: string): Rejection {
  return new Rejection(400, 'ValidationException', message, message);
}

export function resourceNotFound(message: string, reason: string): Rejection {
  return new Rejection(404, 'ResourceNotFoundException', message, reason);
}
