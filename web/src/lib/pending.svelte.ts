import type { SubmitFunction } from "@sveltejs/kit";

/**
 * A form's in-flight state for use:enhance. `reset: false` keeps what was typed after a
 * success (profile forms show fresh data anyway); password forms want the reset.
 */
export function pendingForm(options: { reset?: boolean } = {}) {
  let pending = $state(false);
  const enhance: SubmitFunction = () => {
    pending = true;
    return async ({ update }) => {
      await update({ reset: options.reset ?? false });
      pending = false;
    };
  };
  return {
    get pending() {
      return pending;
    },
    enhance,
  };
}
