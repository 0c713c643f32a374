// One boundary per slide: a view that throws while rendering is reported to the tour, which skips
// the slide at once. The boundary shows nothing itself; the next slide replaces it right away, and
// if every slide fails the player shows its own message (never a blank screen).
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  onError: (error: Error) => void;
  children: ReactNode;
}

export class SlideBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onError(error);
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
