import type { ReactNode } from 'react';
import type { Flash } from '../../../lib/editor/flash';

/** What every block's fields need from the page. */
export interface FieldContext {
  uiLocale: string;
  flash: Flash | null;
}

/** The value to show: what was typed when the last save failed on this very field, else the stored one. */
export function shown(ctx: FieldContext, id: string, stored: string): string {
  return ctx.flash?.kind === 'error' && ctx.flash.field === id && typeof ctx.flash.value === 'string' ? ctx.flash.value : stored;
}

/** aria-invalid and aria-describedby (the error first, then hints) for a control. */
export function described(ctx: FieldContext, id: string, ...hints: (string | undefined)[]) {
  const invalid = ctx.flash?.kind === 'error' && ctx.flash.field === id;
  const ids = [invalid ? `${id}-error` : undefined, ...hints].filter(Boolean).join(' ');
  return { ...(invalid ? { 'aria-invalid': true as const } : {}), ...(ids ? { 'aria-describedby': ids } : {}) };
}

/** For a fieldset (a group takes no aria-invalid): only the description of its error. */
export function describedGroup(ctx: FieldContext, id: string) {
  return ctx.flash?.kind === 'error' && ctx.flash.field === id ? { 'aria-describedby': `${id}-error` } : {};
}

export function ErrorText({ ctx, id }: { ctx: FieldContext; id: string }) {
  if (ctx.flash?.kind !== 'error' || ctx.flash.field !== id) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {ctx.flash.text}
    </p>
  );
}

/** A labelled text input or textarea with its error under it. */
export function TextField({
  ctx,
  id,
  label,
  value,
  rows = 1,
  hint,
  required,
}: {
  ctx: FieldContext;
  id: string;
  label: ReactNode;
  value: string;
  rows?: number;
  /** Id of a hint that describes the control (e.g. the syntax help). */
  hint?: string;
  required?: boolean;
}) {
  const common = { id, name: id, defaultValue: shown(ctx, id, value), ...described(ctx, id, hint), ...(required ? { required } : {}) };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows > 1 ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      <ErrorText ctx={ctx} id={id} />
    </div>
  );
}

export function Checkbox({ ctx, id, label, checked }: { ctx: FieldContext; id: string; label: ReactNode; checked: boolean }) {
  return (
    <div className="field checkbox">
      <input type="checkbox" id={id} name={id} defaultChecked={checked} {...described(ctx, id)} />
      <label htmlFor={id}>{label}</label>
      <ErrorText ctx={ctx} id={id} />
    </div>
  );
}

export function Select({
  ctx,
  id,
  label,
  value,
  options,
}: {
  ctx: FieldContext;
  id: string;
  label: ReactNode;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={value} {...described(ctx, id)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText ctx={ctx} id={id} />
    </div>
  );
}
