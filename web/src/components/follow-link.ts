import type { MouseEvent } from 'react';
import type { NavigateFunction } from 'react-router';

/**
 * onClick for a button rendered as a link (antd Button with href): a plain click navigates inside the
 * app; a click with a modifier key (new tab, new window) is left to the browser.
 */
export function followLink(navigate: NavigateFunction, to: string) {
  return (e: MouseEvent<HTMLElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(to);
  };
}
