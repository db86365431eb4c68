import { useState } from "react";

/**
 * A control's value that changes the moment the person changes it, then follows the source of
 * truth (here the URL) whenever that changes. The router applies a URL change a moment after the
 * click, and a controlled checkbox or select would otherwise flick back to its old value meanwhile.
 */
export function useShownValue<T>(value: T): [T, (next: T) => void] {
  const [shown, setShown] = useState(value);
  const [source, setSource] = useState(value);
  if (!Object.is(source, value)) {
    // Adjusting state while rendering, as React advises for state derived from props.
    setSource(value);
    setShown(value);
  }
  return [shown, setShown];
}
