/**
 * A scrolling text screen as pure data: the first body line shown. The reducer
 * clamps to the body length and the viewport height, both given with the action.
 */
export interface ScrollState {
  readonly offset: number;
}

export type ScrollAction =
  | { readonly type: 'line'; readonly delta: number }
  | { readonly type: 'page'; readonly delta: number }
  | { readonly type: 'home' }
  | { readonly type: 'end' };

export function maxOffset(bodyLines: number, viewport: number): number {
  return Math.max(0, bodyLines - Math.max(1, viewport));
}

export function reduceScroll(state: ScrollState, action: ScrollAction, bodyLines: number, viewport: number): ScrollState {
  const max = maxOffset(bodyLines, viewport);
  const page = Math.max(1, viewport - 1);
  const target =
    action.type === 'line' ? state.offset + action.delta
    : action.type === 'page' ? state.offset + action.delta * page
    : action.type === 'home' ? 0
    : max;
  const offset = Math.max(0, Math.min(max, target));
  return offset === state.offset ? state : { offset };
}
