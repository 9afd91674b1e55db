/** One person in the sign-off chain, in order: ผู้รายงาน first, the approver ("ทราบ") last. */
export interface Signatory {
  readonly role: string;
  readonly name: string;
  readonly position: string;
}
