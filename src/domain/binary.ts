/**
 * A binary answer (a PDF): what a REST-only operation returns instead of a JSON body. The REST transport sends
 * `body` with `contentType` and `Content-Disposition: inline; filename="…"`; no other transport exposes such an
 * operation (`x-transports: []`).
 */
export class BinaryBody {
  constructor(
    readonly contentType: 'application/pdf',
    readonly filename: string,
    readonly body: Buffer,
  ) {}
}
