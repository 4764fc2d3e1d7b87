/** The foot of a session part: its save button (locked once the note is signed) and what the last save said. */
export function SavePartRow({
  label,
  locked,
  message,
  onSave,
}: {
  label: string;
  locked: boolean;
  message: string | undefined;
  onSave: () => void;
}): React.JSX.Element {
  return (
    <div className="save-row">
      <button type="button" className="button primary big" disabled={locked} onClick={onSave}>
        {label}
      </button>
      {message !== undefined && <span role="status">{message}</span>}
    </div>
  );
}
