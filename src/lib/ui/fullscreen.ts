/**
 * The show goes fullscreen when it starts and leaves it when it ends. Fullscreen needs a user
 * gesture and may be refused: the show then runs in the window.
 */
export function setFullscreen(on: boolean): void {
  if (on) document.documentElement.requestFullscreen?.().catch(() => {});
  else if (document.fullscreenElement) void document.exitFullscreen();
}
