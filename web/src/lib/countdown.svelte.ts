/**
 * Seconds left until `until` (ms since epoch), ticking once a second in the browser.
 * On the server and before hydration it reads as 0, so the button works without JavaScript.
 */
export function countdown(until: () => number | null) {
  let now = $state(0);
  $effect(() => {
    now = Date.now();
    const timer = setInterval(() => (now = Date.now()), 1000);
    return () => clearInterval(timer);
  });
  return {
    get seconds() {
      const end = until();
      return end && now ? Math.max(0, Math.ceil((end - now) / 1000)) : 0;
    },
  };
}
