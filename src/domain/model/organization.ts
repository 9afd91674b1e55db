/** The organisation a report is about. */
export interface Organization {
  /** The name without its kind, e.g. "เกวียนหัก". */
  readonly name: string;
  /** e.g. "เทศบาลตำบล", "องค์การบริหารส่วนตำบล". */
  readonly kind: string;
  readonly district: string;
  readonly province: string;
}

/** The organisation's full name, e.g. "เทศบาลตำบลเกวียนหัก". */
export function organizationFullName(org: Organization): string {
  return `${org.kind}${org.name}`;
}

export const ORGANIZATION_KINDS: readonly string[] = [
  "องค์การบริหารส่วนตำบล",
  "เทศบาลตำบล",
  "เทศบาลเมือง",
  "เทศบาลนคร",
  "องค์การบริหารส่วนจังหวัด",
];
