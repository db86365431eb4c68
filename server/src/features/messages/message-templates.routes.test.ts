import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { builtInTemplates } from "./built-in-templates.ts";
import { fieldPaths } from "./messages-test-fixture.ts";

// The person's own wording of each message kind: list, save, reset, and privacy.
describe.each(dialects)("message templates API on %s", (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("lists the built-in templates, saves an edit, and resets it", async () => {
    const { client } = await signedInClient(testApp);
    const list = await client.get("/api/message-templates");
    expect(list.statusCode).toBe(200);
    expect(list.json().templates.map((template: { kind: string }) => template.kind)).toEqual([
      "feedback_request",
      "thank_you",
      "follow_up",
      "acceptance",
    ]);
    expect(list.json().templates[1]).toMatchObject({
      kind: "thank_you",
      body: builtInTemplates.thank_you.body,
      edited: false,
      updatedAt: null,
    });
    expect(list.json().placeholders.map((field: { name: string }) => field.name)).toContain("moment");

    const saved = await client.put("/api/message-templates/thank_you", {
      subject: "Thanks, {{contactFirstName}}",
      body: "Loved {{moment}}.\n{{myName}}",
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ kind: "thank_you", subject: "Thanks, {{contactFirstName}}", edited: true });
    const after = (await client.get("/api/message-templates")).json().templates;
    expect(after[1]).toMatchObject({ body: "Loved {{moment}}.\n{{myName}}", edited: true });
    expect(after[0].edited).toBe(false);

    const reset = await client.delete("/api/message-templates/thank_you");
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ body: builtInTemplates.thank_you.body, edited: false });
    // Resetting again is harmless.
    expect((await client.delete("/api/message-templates/thank_you")).statusCode).toBe(200);
  });

  it("refuses bad input with 400 naming the fields", async () => {
    const { client } = await signedInClient(testApp);
    const unknown = await client.put("/api/message-templates/follow_up", {
      subject: "Hello {{recruiterName}}",
      body: "About {{salary}} and {{roleTitle}}",
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown.json())).toEqual(["subject", "body"]);
    expect(unknown.json().error.fields[1].message).toContain("{{salary}}");

    const empty = await client.put("/api/message-templates/follow_up", { subject: "", body: " " });
    expect(empty.statusCode).toBe(400);
    expect(fieldPaths(empty.json())).toEqual(expect.arrayContaining(["subject", "body"]));

    const badKind = await client.put("/api/message-templates/love_letter", { subject: "x", body: "y" });
    expect(badKind.statusCode).toBe(400);
    expect(fieldPaths(badKind.json())).toEqual(["kind"]);
    expect((await client.get("/api/message-templates")).json().templates[2].edited).toBe(false);
  });

  it("keeps each person's templates to themselves", async () => {
    const a = await signedInClient(testApp);
    const b = await signedInClient(testApp);
    await a.client.put("/api/message-templates/acceptance", { subject: "A's subject", body: "A's private wording" });
    const seenByB = await b.client.get("/api/message-templates");
    expect(seenByB.body).not.toContain("A's private wording");
    expect(seenByB.json().templates[3].edited).toBe(false);
    // B resetting their own does not touch A's.
    await b.client.delete("/api/message-templates/acceptance");
    expect((await a.client.get("/api/message-templates")).json().templates[3].body).toBe("A's private wording");
  });
});
