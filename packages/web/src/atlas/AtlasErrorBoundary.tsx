import { Component, type ReactNode } from 'react';

/** Catches a failed load of the atlas code or data (offline, or the app was updated) and offers a reload. */
export class AtlasErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card" role="alert">
        <p>The atlas could not be loaded. Check the connection to the Myomap server, then reload the page.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
