import { describe, expect, it } from "vitest";
import { messagePlaceholders } from "./built-in-templates.ts";
import { placeholdersIn, renderTemplate } from "./placeholder-renderer.ts";

describe("renderTemplate", () => {
  it("fills every placeholder the templates may use", () => {
    const fields = Object.fromEntries(messagePlaceholders.map((field) => [field.name, `<${field.name} value>`]));
    const template = messagePlaceholders.map((field) => `{{${field.name}}}`).join(" | ");
    const result = renderTemplate(template, fields);
    expect(result.text).toBe(messagePlaceholders.map((field) => `<${field.name} value>`).join(" | "));
    expect(result).toMatchObject({ unknown: [], missing: [] });
  });

  it("allows spaces inside the braces", () => {
    expect(renderTemplate("Hi {{ contactFirstName }}!", { contactFirstName: "Ana" }).text).toBe("Hi Ana!");
  });

  it("reports unknown placeholders and leaves them in the text as written", () => {
    const result = renderTemplate("Dear {{ recruiter }}, about {{roleTitle}} {{salary}}", { roleTitle: "Designer" });
    expect(result.text).toBe("Dear {{ recruiter }}, about Designer {{salary}}");
    expect(result.unknown).toEqual(["recruiter", "salary"]);
  });

  it("reports known placeholders without a value as missing and keeps them to fill in", () => {
    const result = renderTemplate("I enjoyed {{moment}}. {{moment}}", { moment: null });
    expect(result.text).toBe("I enjoyed {{moment}}. {{moment}}");
    expect(result.missing).toEqual(["moment"]);
  });

  it("drops the line of an optional field without a value, and keeps it with one", () => {
    const template = "Thanks.\nAnswer here: {{feedbackLink}}\nBye";
    const options = { dropLineWhenEmpty: new Set(["feedbackLink"]) };
    expect(renderTemplate(template, { feedbackLink: null }, options).text).toBe("Thanks.\nBye");
    expect(renderTemplate(template, { feedbackLink: "https://x.test/f/abc" }, options).text).toBe(
      "Thanks.\nAnswer here: https://x.test/f/abc\nBye",
    );
  });

  it("inserts values literally: no HTML, no code, no second pass over what was filled in", () => {
    const fields = {
      roleTitle: "<script>alert(1)</script>",
      companyName: "{{myName}}",
      myName: "Maya",
      // A JavaScript template literal and replace() patterns: both must come out as plain text.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point
      moment: "${process.exit(1)} $& $1",
    };
    const result = renderTemplate("{{roleTitle}} at {{companyName}} — {{moment}}", fields);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point
    expect(result.text).toBe("<script>alert(1)</script> at {{myName}} — ${process.exit(1)} $& $1");
    // Expression syntax is not a placeholder: it stays text.
    expect(renderTemplate("{{roleTitle.length}} {{constructor}} {{ 1+1 }}", fields).text).toBe(
      "{{roleTitle.length}} {{constructor}} {{ 1+1 }}",
    );
    expect(renderTemplate("{{constructor}}", fields).unknown).toEqual(["constructor"]);
  });

  it("lists the placeholders a template uses", () => {
    expect(placeholdersIn("{{a}} {{ b }} {{a}} {c} {{1x}}")).toEqual(["a", "b"]);
  });
});
