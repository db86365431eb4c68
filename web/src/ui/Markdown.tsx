import MarkdownIt from "markdown-it";
import { useMemo } from "react";
import "./markdown.css";

/** Link targets a note may point at. Everything else (javascript:, data:, relative paths) stays text. */
const allowedLink = /^(https?:|mailto:)/i;

/**
 * The one Markdown renderer. Raw HTML is escaped (html: false), links are limited to
 * http/https/mailto and open in a new tab without a referrer, images are off (they would load
 * from other servers, and the CSP blocks them anyway), and table alignment becomes a class
 * instead of the inline style markdown-it writes, which the CSP would refuse.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
markdown.disable("image");
markdown.validateLink = (url) => allowedLink.test(url.trim());

const renderLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (token) {
    token.attrSet("rel", "noopener noreferrer");
    token.attrSet("target", "_blank");
  }
  return renderLinkOpen ? renderLinkOpen(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
};

markdown.core.ruler.push("alignment_classes", (state) => {
  for (const token of state.tokens) {
    const style = token.attrGet("style");
    if (typeof style !== "string") continue;
    const align = /text-align:(left|right|center)/.exec(style)?.[1];
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
    if (align) token.attrJoin("class", `md-align-${align}`);
  }
  return true;
});

/** Markdown source as safe HTML (exported for tests and for previews that need the string). */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

interface MarkdownProps {
  source: string;
  /** Shown when the source is blank, so an empty section doesn't collapse into nothing. */
  empty?: string;
  className?: string;
}

/** Renders what the person wrote in Markdown. The only place the app turns user text into HTML. */
export function Markdown({ source, empty, className }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  if (!source.trim()) return empty ? <p className="markdown-empty">{empty}</p> : null;
  return (
    <div
      className={className ? `markdown ${className}` : "markdown"}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it escapes raw HTML (html: false) and only http/https/mailto links survive validateLink
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
