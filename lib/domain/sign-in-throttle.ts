// Sign-in throttling: within the window, the 11th failure for one account, or the 51st from one address
// (many accounts guessed from one place), is refused however good the password.

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_ACCOUNT_FAILURES = 10;
export const MAX_ADDRESS_FAILURES = 50;

export function isThrottled(recent: { accountFailures: number; addressFailures: number }): boolean {
  return recent.accountFailures >= MAX_ACCOUNT_FAILURES || recent.addressFailures >= MAX_ADDRESS_FAILURES;
}
