/**
 * Fills {{name}} placeholders in a template. Deliberately tiny: names only — no expressions,
 * no helpers, no HTML — so a template can never run code, and text is plain text throughout
 * (the mail goes out as text/plain; the web app shows it escaped).
 */

/** {{ name }}: letters and digits, starting with a letter; spaces inside the braces allowed. */
const placeholderPattern = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export interface RenderResult {
  text: string;
  /** Placeholders the template uses that are not fields at all: left in the text as written. */
  unknown: string[];
  /** Known placeholders with no value yet: left in the text as {{name}}, for the person to fill in. */
  missing: string[];
}

export interface RenderOptions {
  /**
   * Fields whose absence removes the whole line they are on, instead of leaving {{name}}
   * (the feedback link: its line only makes sense with a link).
   */
  dropLineWhenEmpty?: ReadonlySet<string>;
}

/**
 * Renders `template` with `fields`. A field that is a known name but null or empty is
 * "missing"; a name that is not in `fields` at all is "unknown". Neither is dropped silently.
 */
export function renderTemplate(
  template: string,
  fields: Readonly<Record<string, string | null | undefined>>,
  options: RenderOptions = {},
): RenderResult {
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const drop = options.dropLineWhenEmpty ?? new Set<string>();
  const known = (name: string) => Object.hasOwn(fields, name);
  const fieldValue = (name: string) => (known(name) ? (fields[name] ?? "") : "");

  const lines = template.split("\n").filter((line) => {
    for (const match of line.matchAll(placeholderPattern)) {
      const name = match[1] as string;
      if (drop.has(name) && known(name) && fieldValue(name) === "") return false;
    }
    return true;
  });
  const text = lines.join("\n").replace(placeholderPattern, (whole, name: string) => {
    if (!known(name)) {
      unknown.add(name);
      return whole;
    }
    const value = fieldValue(name);
    if (value === "") {
      missing.add(name);
      return `{{${name}}}`;
    }
    return value;
  });
  return { text, unknown: [...unknown], missing: [...missing] };
}

/** The placeholder names a template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(placeholderPattern)].map((match) => match[1] as string))];
}
