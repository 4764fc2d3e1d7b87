import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** A labelled form field whose error (from the server or the page) shows next to it and is announced. */
export function Field({
  label,
  error,
  hint,
  children,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children?: ReactNode;
}): React.JSX.Element {
  const autoId = useId();
  const id = input.id ?? autoId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint === undefined ? null : hintId, error === undefined ? null : errorId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error === undefined ? '' : ' has-error'}`}>
      <label htmlFor={id}>{label}</label>
      {children ?? (
        <input
          id={id}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={described === '' ? undefined : described}
          {...input}
        />
      )}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
