import { tick } from 'svelte';

/**
 * A result the reader asked for (对比, 查重) comes into view when it arrives, its heading focused:
 * below the editors it lands off-screen, and a tap on a phone seemed to do nothing. Not when the
 * reader scrolled while it was on its way: the page does not jump away from where they went.
 */
export class Reveal {
  /** The page's scroll position when the reader asked; null when nothing is awaited. */
  #asked: number | null = null;

  /** The reader asked for a result: remembered once the click's own changes are drawn. */
  async ask() {
    await tick();
    this.#asked = window.scrollY;
  }

  /** A result is drawn in `area`: its heading comes into view, unless the page moved since. */
  async shown(area: HTMLElement | undefined) {
    const asked = this.#asked;
    this.#asked = null;
    if (asked === null || !area) return;
    await tick();
    // After the frame that paints it: scrolling measures the page, and measured in the task that
    // drew the result, a long comparison's first rows were laid out there, a quarter of that
    // task (issue 26); after the frame they are laid out already.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const heading = area.querySelector<HTMLElement>('h2');
    if (!heading || Math.abs(window.scrollY - asked) > 1) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}
