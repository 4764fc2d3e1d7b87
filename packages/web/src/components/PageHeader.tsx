import type { ReactNode } from 'react';

/** Title block of a page, with an optional lead paragraph and actions. */
export function PageHeader({
  title,
  lead,
  actions,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
}): React.JSX.Element {
  return (
    <div className="page-header">
      <div>
        <h1 id="page-title">{title}</h1>
        {lead !== undefined && <p className="lead">{lead}</p>}
      </div>
      {actions !== undefined && <div className="page-actions">{actions}</div>}
    </div>
  );
}
