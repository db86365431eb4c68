import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import type { ErrorBody } from "../../../contract/common.ts";
import { AppError, type FieldProblem } from "../errors.ts";

/**
 * One JSON error shape for the whole API: {"error": {code, message, fields?, requestId?}}.
 * Client errors say what is wrong and where; unexpected errors are logged with the request id
 * and answered with a 500 that reveals nothing about the internals.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: ErrorBody["error"], headers: Record<string, string> = {}) =>
      reply.status(status).headers(headers).send({ error: body });

    if (error instanceof AppError) {
      return send(
        error.status,
        { code: error.code, message: error.message, ...(error.fields.length ? { fields: error.fields } : {}) },
        error.headers,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? "body";
      const fields: FieldProblem[] = error.validation.map((problem) => ({
        path: toDottedPath(problem.instancePath) || where,
        message: readableMessage(problem),
      }));
      const summary = fields.map((field) => `${field.path} ${field.message}`).join("; ");
      return send(400, { code: "validation_failed", message: `Invalid ${where}: ${summary}`, fields });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response did not match its schema");
      return send(500, internalError(request.id));
    }
    switch (error.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return send(400, { code: "invalid_json", message: `The request body is not valid JSON: ${error.message}` });
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return send(413, { code: "payload_too_large", message: "The request body is too large." });
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return send(415, { code: "validation_failed", message: "Send the request body as application/json." });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return send(status, { code: status === 429 ? "rate_limited" : "validation_failed", message: error.message });
    }
    request.log.error({ err: error }, "unexpected error");
    return send(500, internalError(request.id));
  });
}

function internalError(requestId: string): ErrorBody["error"] {
  return {
    code: "internal_error",
    message: `Something went wrong on our side. It has been logged under request id ${requestId}.`,
    requestId,
  };
}

/** "/roleFamilies/2" → "roleFamilies.2" */
function toDottedPath(instancePath: string): string {
  return instancePath.replace(/^\//, "").replaceAll("/", ".");
}

function readableMessage(problem: { message?: string; keyword: string; params?: Record<string, unknown> }): string {
  const message = problem.message ?? problem.keyword;
  if (problem.keyword === "unrecognized_keys") {
    const keys = (problem.params?.keys as string[] | undefined) ?? [];
    return `has unknown field(s): ${keys.join(", ")}`;
  }
  // zod's "Invalid input: expected string, received number" reads better without the prefix.
  return message.replace(/^Invalid input: /, "");
}
