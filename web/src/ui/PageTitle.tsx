import { type ReactNode, useEffect, useRef } from "react";
import { useNavigationType } from "react-router";
import { useDocumentTitle } from "./use-document-title.ts";

interface PageTitleProps {
  children: ReactNode;
  /** The tab title, when the heading is not plain text or should read differently. */
  documentTitle?: string;
}

/**
 * The page's one h1, which also sets the tab title. After an in-app navigation it takes focus,
 * so screen reader users hear where they arrived (a full page load starts at the top anyway).
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  useDocumentTitle(documentTitle ?? (typeof children === "string" ? children : ""));
  useEffect(() => {
    if (navigationType !== "POP") ref.current?.focus();
  }, [navigationType]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
