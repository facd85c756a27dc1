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
  children,
}: {
  id: string;
  className: string;
  role: 'status' | 'alert';
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} id={id} className={className} role={role} tabIndex={-1}>
      {children}
    </div>
  );
}
