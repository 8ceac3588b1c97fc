/** Says the email leaves roster data out, as every import email does. */
export const CountsOnly =
  "This email holds counts and ids only; the import shows every problem and change."
