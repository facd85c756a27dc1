import type { ReactNode } from 'react';
import type { Flash } from '../../../lib/editor/flash';
import { AdminFieldError, adminFieldProps } from './AdminMessage';

/** What the control inside an AdminField spreads onto itself: its id and name, and the ids that describe it. */
export interface AdminControlProps {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * One labelled field of an admin form: the label, an optional hint, the
 * control and its errors, tied together by ids (the hint and then the error
 * describe the control), so every form lays them out and names them alike.
 */
export function AdminField({
  id,
  label,
  hint,
  flash,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  flash: Flash | null;
  children: (control: AdminControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, name: id, ...adminFieldProps(flash, id, hintId) })}
      <AdminFieldError flash={flash} id={id} />
    </div>
  );
}
