/**
 * A table wider than its box (a phone, or the larger 适老化 type) scrolls inside antd's `.ant-table-content`. When the
 * table holds nothing focusable, a keyboard user could not reach it to scroll: such a box gets a tab stop
 * (WCAG 2.1.1; axe scrollable-region-focusable), and loses it again when it no longer scrolls.
 */
export function keepScrollingTablesFocusable(): void {
  let pending = false;
  const update = () => {
    pending = false;
    for (const box of document.querySelectorAll<HTMLElement>('.ant-table-content')) {
      const reachable = box.querySelector('a[href], button, input, select, textarea, [tabindex]') !== null;
      if (box.scrollWidth > box.clientWidth && !reachable) box.tabIndex = 0;
      else if (box.getAttribute('tabindex') === '0') box.removeAttribute('tabindex');
    }
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  };
  // The page's content and antd's style sheets (in head: the 适老化 theme) change what scrolls; so does the window.
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
  schedule();
}
