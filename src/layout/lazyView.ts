import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded when it is first opened, so that the sign-in page does not wait for every
 * screen's code: `lazyView(() => import('./PilotList'), 'PilotList')`. The layout shows its
 * loading indicator meanwhile.
 */
export function lazyView<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
