import { apiMinor, type ApiVersion } from "./hostTypes";

/**
 * The Excels the simulator can pretend to be: the newest ExcelApi set each supports (Microsoft's
 * requirement-set tables; perpetual versions never get newer sets) and the platform it reports.
 * Whether the older perpetual versions honour `delayForCellEdit` (the library asks for the
 * internal set "DelayForCellEdit") is not documented; the simulator assumes all but 2016 do.
 */
export interface HostProfile {
  readonly label: string;
  readonly api: ApiVersion;
  /** Office.context.platform: "PC" for desktop Windows, "OfficeOnline" for Excel on the web. */
  readonly platform: "PC" | "Mac" | "OfficeOnline";
  readonly delayForCellEdit: boolean;
}

export const HOST_PROFILES = {
  "excel-2016": { label: "Excel 2016", api: "1.1", platform: "PC", delayForCellEdit: false },
  "excel-2019": { label: "Excel 2019", api: "1.8", platform: "PC", delayForCellEdit: true },
  "excel-2021": { label: "Excel 2021", api: "1.14", platform: "PC", delayForCellEdit: true },
  "excel-2024": { label: "Excel 2024", api: "1.17", platform: "PC", delayForCellEdit: true },
  "microsoft-365": { label: "Microsoft 365", api: "1.20", platform: "PC", delayForCellEdit: true },
  "excel-web": {
    label: "Excel on the web",
    api: "1.20",
    platform: "OfficeOnline",
    delayForCellEdit: true,
  },
} as const satisfies Record<string, HostProfile>;

export type HostProfileName = keyof typeof HOST_PROFILES;

/** Office.context.requirements.isSetSupported of a host with this profile. */
export function isSetSupportedBy(
  profile: HostProfile,
): (name: string, version?: string) => boolean {
  return (name, version) => {
    if (name === "DelayForCellEdit") return profile.delayForCellEdit;
    if (name !== "ExcelApi") return false;
    return apiMinor((version ?? "1.1") as ApiVersion) <= apiMinor(profile.api);
  };
}
