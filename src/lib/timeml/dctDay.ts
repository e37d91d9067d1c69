/** The DCT as a calendar day: TimeML writes `1998-01-08`, `19980108` or `1998-08-07T08:51:00`. */
export function dctDay(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
