import type { Action } from '../ui/keys.ts';

/**
 * The show's state: whether it is on, which step is up, whether the screen is blanked, and the
 * globe switch. Only `apply` changes it, so every key, click, swipe and timer goes through the
 * same few rules.
 */
export class Presentation {
  active = $state(false);
  index = $state(0);
  blank = $state(false);
  /** G flips this; `null` follows each step's own choice of globe or flat map. */
  globe = $state<boolean | null>(null);

  constructor(readonly length: number) {}

  apply(action: Action): void {
    switch (action) {
      case 'next':
        this.goTo(this.index + 1);
        break;
      case 'previous':
        this.goTo(this.index - 1);
        break;
      case 'first':
        this.goTo(0);
        break;
      case 'last':
        this.goTo(this.length - 1);
        break;
      case 'blank':
        this.blank = !this.blank;
        break;
      case 'present':
        this.active = true;
        break;
      case 'exit':
        this.active = false;
        this.blank = false;
        break;
      case 'globe':
      case 'export':
        break;
    }
  }

  /** A step by number, clamped to the tour; any move un-blanks the screen. */
  goTo(index: number): void {
    this.index = Math.min(Math.max(0, index), this.length - 1);
    this.blank = false;
  }

  /** Autoplay: the next step, and after the last one the first again. */
  advanceLooping(): void {
    this.goTo((this.index + 1) % this.length);
  }

  /** Whether the map is a globe now: the presenter's switch, else the step's own view. */
  globeFor(stepView: 'globe' | 'flat' | undefined): boolean {
    return this.globe ?? stepView === 'globe';
  }
}
