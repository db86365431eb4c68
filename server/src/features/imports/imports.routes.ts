import type { FastifyError } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams } from "../../../../contract/common.ts";
import {
  commitImportRequest,
  importDetail,
  importList,
  importPreview,
  importSummary,
  previewImportRequest,
  uploadImportQuery,
} from "../../../../contract/imports.ts";
import { AppError, badRequest } from "../../errors.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { maxImportBytes, maxImportSizeLabel } from "./csv-decoding.ts";
import { presentImport } from "./imports.presenter.ts";

const tags = ["imports"];
const csvTypes = ["text/csv", "application/csv"];

/** CSV import of applications: upload and preview, adjust the mapping, commit, history. */
export const importRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  // The file arrives as raw bytes: its encoding is worked out (and checked) by the service,
  // not assumed by a text parser. Scoped to this plugin, so no other route accepts CSV.
  app.addContentTypeParser(csvTypes, { parseAs: "buffer", bodyLimit: maxImportBytes }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    "/api/imports",
    {
      bodyLimit: maxImportBytes,
      schema: {
        tags,
        summary: "Upload a CSV file (the request body, Content-Type: text/csv) and preview its import",
        querystring: uploadImportQuery,
        response: { 201: importPreview, 400: errorBody, 413: errorBody },
      },
      // Fastify's own message doesn't say what the limit is; this one does. Other errors go on
      // to the app's error handler.
      errorHandler: (error: FastifyError) => {
        if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
          throw new AppError(
            413,
            "payload_too_large",
            `The file is larger than the ${maxImportSizeLabel} limit for imports. Split it into smaller files and import them one after another.`,
          );
        }
        throw error;
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) {
        throw badRequest("Send the CSV file itself as the request body, with Content-Type: text/csv.", [
          { path: "file", message: "is missing (send it as text/csv)" },
        ]);
      }
      const preview = await services.imports.upload(requireActor(request), request.query.fileName, request.body);
      return reply.status(201).send(preview);
    },
  );

  app.get(
    "/api/imports",
    { schema: { tags, summary: "My CSV imports, newest first", response: { 200: importList } } },
    async (request) => ({ imports: (await services.imports.list(requireActor(request))).map(presentImport) }),
  );

  app.get(
    "/api/imports/:id",
    {
      schema: {
        tags,
        summary: "One import: its summary, or its preview while it can still be committed",
        params: idParams,
        response: { 200: importDetail, 404: errorBody },
      },
    },
    async (request) => {
      const { row, summary, preview } = await services.imports.get(requireActor(request), request.params.id);
      return { import: presentImport(row), summary, preview };
    },
  );

  app.post(
    "/api/imports/:id/preview",
    {
      schema: {
        tags,
        summary: "Preview the import again with another column mapping",
        params: idParams,
        body: previewImportRequest,
        response: { 200: importPreview, 404: errorBody },
      },
    },
    async (request) => services.imports.preview(requireActor(request), request.params.id, request.body.mapping),
  );

  app.post(
    "/api/imports/:id/commit",
    {
      schema: {
        tags,
        summary: "Import the file's rows as applications",
        params: idParams,
        body: commitImportRequest,
        response: { 200: importSummary, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => services.imports.commit(requireActor(request), request.params.id, request.body),
  );
};
