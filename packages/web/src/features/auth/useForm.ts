import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api/client.ts';

/** Form state with field errors from a page check or the server's 400, and one message for the rest. */
export function useForm<F extends Record<string, string>>(initial: F) {
  const [values, setValues] = useState<F>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const bind = (name: keyof F & string) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  /** Runs `check` (page-side field messages) then `send`; maps a 400 onto fields, anything else to `message`. */
  const submit =
    (check: (v: F) => Partial<Record<keyof F, string | undefined>>, send: (v: F) => Promise<void>) =>
    async (event: FormEvent) => {
      event.preventDefault();
      const local: Record<string, string> = {};
      for (const [k, m] of Object.entries(check(values))) if (typeof m === 'string') local[k] = m;
      setErrors(local);
      setMessage(undefined);
      if (Object.keys(local).length > 0) {
        focusFirstError();
        return;
      }
      setBusy(true);
      try {
        await send(values);
      } catch (error) {
        const fields = fieldErrors(error);
        setErrors(fields);
        if (Object.keys(fields).length > 0) focusFirstError();
        else setMessage(error instanceof ApiError ? error.message : 'The server did not answer; try again.');
      } finally {
        setBusy(false);
      }
    };

  return { values, bind, submit, message, busy, setMessage };
}

function focusFirstError(): void {
  requestAnimationFrame(() => {
    const bad = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    bad?.focus();
  });
}
