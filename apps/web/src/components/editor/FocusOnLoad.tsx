'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Moves focus to its content once the page has loaded, so a screen reader
 * reads the outcome of a form right after the redirect and the keyboard
 * continues from there. The only script of the editor; without JavaScript
 * the message is still first in main and announced by its role.
 */
export function FocusOnLoad({
  id,
  className,
  role,
  target,
  children,
}: {
  id: string;
  className: string;
  role: 'status' | 'alert';
  /** Focus this control instead when it exists (it has the message as its description). */
  target?: string | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const other = target ? document.getElementById(target) : null;
    (other ?? ref.current)?.focus();
  }, [target]);
  return (
    <div ref={ref} id={id} className={className} role={role} tabIndex={-1}>
      {children}
    </div>
  );
}
