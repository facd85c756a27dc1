import type { Flash } from '../../lib/editor/flash';
import { errorsFor, FieldError } from './EditorMessage';

interface SlugFieldProps {
  id: string;
  flash: Flash | null;
  /** The address as typed (or stored). */
  value: string;
  /** The API's free alternative after a clash ('' when none). */
  suggestion: string;
  label: string;
  hint: string;
  suggestionText: (slug: string) => string;
  acceptText: (slug: string) => string;
}

/**
 * A document's address with its hint and error, and after a clash the free alternative as a
 * submit button of the same form (name `acceptSlug`): one press sends everything again with
 * that address, without JavaScript.
 */
export function SlugField({ id, flash, value, suggestion, label, hint, suggestionText, acceptText }: SlugFieldProps) {
  const invalid = errorsFor(flash, id).length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="slug"
        type="text"
        dir="ltr"
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        maxLength={200}
        defaultValue={value}
        aria-describedby={[`${id}-hint`, invalid ? `${id}-error` : '', suggestion ? `${id}-suggestion` : ''].filter(Boolean).join(' ')}
        {...(invalid ? { 'aria-invalid': true as const } : {})}
      />
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <FieldError flash={flash} id={id} />
      {suggestion ? (
        <p id={`${id}-suggestion`}>
          {/* The refused address: a changed field wins over the suggestion (Enter submits with the first button). */}
          <input type="hidden" name="slugBefore" value={value} />
          {suggestionText(suggestion)}{' '}
          <button className="button" type="submit" name="acceptSlug" value={suggestion}>
            {acceptText(suggestion)}
          </button>
        </p>
      ) : null}
    </div>
  );
}
