import type { RedFlagFinding, StopNotice as Notice } from '@myomap/engine';
import { LibraryLinks } from '../features/library/LibraryLinks.tsx';

const TITLE: Readonly<Record<Notice['tier'], string>> = {
  emergency: 'Stop — emergency',
  urgent: 'Stop — same-day medical assessment',
  refer: 'Stop and refer',
  caution: 'Caution',
};

/** The stop-and-refer notice shown above the ranked list when a red flag is present. */
export function StopNotice({
  notice,
  flags,
  words,
}: {
  notice: Notice;
  flags: readonly RedFlagFinding[];
  /** The client's words each sign was read from, by sign id. */
  words?: ReadonlyMap<string, string> | undefined;
}): React.JSX.Element {
  return (
    <div className={`stop-notice tier-${notice.tier}`} role="alert">
      <svg className="stop-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" />
        <path d="M12 7v6M12 16.5v.5" className="stop-mark" />
      </svg>
      <div>
        <h2>{TITLE[notice.tier]}</h2>
        <p className="stop-message">{notice.message}</p>
        <ul className="stop-flags">
          {flags.map((f) => (
            <li key={f.id}>
              {f.label} <span className="flag-tier">({f.tier})</span>
              {words?.has(f.id) === true && (
                <span className="flag-words"> — the client said “{words.get(f.id)}”</span>
              )}
            </li>
          ))}
        </ul>
        <LibraryLinks slugs={['red-flags-and-referral']} label="Why and what to do" />
      </div>
    </div>
  );
}
