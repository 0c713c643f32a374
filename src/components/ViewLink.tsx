// A link to another view state: a real href (open in a new tab, copy the link) that, when simply
// clicked, navigates in place through the view-state source, so history and the embed's memory
// source behave as for any other navigation.
import type { MouseEvent, ReactNode } from 'react';
import { patchViewState, serializeViewState, type ViewState } from '../state/link/app-link';
import { useViewState } from '../state/use-view-state';

export interface ViewLinkProps {
  to: Partial<ViewState>;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
}

export function ViewLink({ to, children, className, ...aria }: ViewLinkProps) {
  const [state, navigate] = useViewState();
  const href = serializeViewState(patchViewState(state, to)) || '#';
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser handle new-tab and new-window clicks with the real href.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
    // A different view starts at its top, as a page would; the same view keeps its scroll.
    if (to.view && to.view !== state.view) window.scrollTo({ top: 0 });
  };
  return (
    <a href={href} className={className} onClick={onClick} {...aria}>
      {children}
    </a>
  );
}
