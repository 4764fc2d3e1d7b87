import { useEffect, useRef, useState } from 'react';
import { ApiError, fieldErrors } from '../../api/client.ts';
import { clientsApi, type IntakePage, type ScreenFinding } from '../../api/clients.ts';
import { today } from './names.ts';

/**
 * Records why a blocking screen answer may be set aside: a physician's clearance, who gave it and
 * when. A native modal dialog: focus moves in, Escape closes, focus returns to the opener.
 */
export function ClearanceDialog({
  clientId,
  finding,
  onDone,
  onClose,
}: {
  clientId: string;
  finding: ScreenFinding;
  onDone: (page: IntakePage) => void;
  onClose: () => void;
}): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [clearedOn, setClearedOn] = useState(today());
  const [clearedBy, setClearedBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (reason.trim() === '') local.reason = 'Say why treatment may go ahead (e.g. the doctor’s letter)';
    if (clearedBy.trim() === '') local.clearedBy = 'Name who gave the clearance';
    if (clearedOn === '') local.clearedOn = 'Enter the date of the clearance';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      onDone(
        await clientsApi.clear(clientId, { questionId: finding.questionId, reason, clearedOn, clearedBy }),
      );
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0)
        setMessage(error instanceof ApiError ? error.message : 'The server did not answer; try again.');
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string) => ({
    'aria-invalid': errors[name] === undefined ? undefined : true,
    'aria-describedby': errors[name] === undefined ? undefined : `clear-${name}-error`,
  });
  const error = (name: string) =>
    errors[name] === undefined ? null : (
      <p id={`clear-${name}-error`} className="field-error" role="alert">
        {errors[name]}
      </p>
    );

  return (
    <dialog ref={ref} className="clearance-dialog" aria-labelledby="clearance-title" onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="clearance-title">Record clearance</h2>
        <p>
          <strong>{finding.title}:</strong> {finding.question}
        </p>
        <div className={`field${errors.reason === undefined ? '' : ' has-error'}`}>
          <label htmlFor="clear-reason">Reason treatment may go ahead</label>
          <textarea
            id="clear-reason"
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...field('reason')}
          />
          {error('reason')}
        </div>
        <div className={`field${errors.clearedOn === undefined ? '' : ' has-error'}`}>
          <label htmlFor="clear-on">Cleared on</label>
          <input
            id="clear-on"
            type="date"
            value={clearedOn}
            onChange={(e) => setClearedOn(e.target.value)}
            {...field('clearedOn')}
          />
          {error('clearedOn')}
        </div>
        <div className={`field${errors.clearedBy === undefined ? '' : ' has-error'}`}>
          <label htmlFor="clear-by">Cleared by (physician or clinician)</label>
          <input
            id="clear-by"
            type="text"
            maxLength={200}
            value={clearedBy}
            onChange={(e) => setClearedBy(e.target.value)}
            {...field('clearedBy')}
          />
          {error('clearedBy')}
        </div>
        {message !== undefined && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            Save clearance
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
