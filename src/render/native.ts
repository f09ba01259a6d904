/** node-canvas's native library, for the threads that must keep it loaded. */

/**
 * Loads node-canvas's native library in this thread: a worker thread that loaded it and ends would otherwise
 * unload it under the others and take the process down (a segmentation fault at exit).
 */
export function keepCanvasLoaded(): void {
  require('canvas');
}
