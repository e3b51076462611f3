/** An error the API answers with: a status, a message, and for invalid input the fields at fault. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const invalid = (errors: Record<string, string>, message = 'Invalid input: see the fields in error') =>
  new HttpError(400, message, errors);
