import { Button, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";

const useStyles = makeStyles({
  pager: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  // Fluent's buttons are at least 96 px wide; these fit beside each other and the page choice in a 350 px pane.
  button: { minWidth: "auto" },
  select: { width: "7rem" },
});

/** Measures a page of the list shows: enough to work through, few enough to render at once. */
export const MEASURES_PAGE_SIZE = 50;

/** The number of pages a list of `count` measures has (at least one). */
export const pageCount = (count: number): number =>
  Math.max(1, Math.ceil(count / MEASURES_PAGE_SIZE));

/** The page (0-based) the measure at `index` (0-based) is on. */
export const pageOf = (index: number): number =>
  Math.floor(Math.max(0, index) / MEASURES_PAGE_SIZE);

const grouped = (n: number) => n.toLocaleString("en-US");

/** "มาตรการที่ 1–50 จาก 5,000": which measures the page shows. */
export function pageRangeText(page: number, count: number): string {
  const first = page * MEASURES_PAGE_SIZE + 1;
  const last = Math.min(count, first + MEASURES_PAGE_SIZE - 1);
  return `มาตรการที่ ${grouped(first)}–${grouped(last)} จาก ${grouped(count)}`;
}

export interface MeasurePagerProps {
  readonly page: number;
  readonly count: number;
  readonly onPage: (page: number) => void;
  /** Why the page cannot change now (edits not saved on this page), or null. */
  readonly blocked: string | null;
  /** The pager above the list holds the page choice and announces the range; the one below repeats the buttons. */
  readonly place: "above" | "below";
}

/**
 * The list's pages: the measures shown, the previous and next page and (above the list) a page
 * to go to, the two buttons first so that they stay together when the row wraps. Buttons stay in the tab order when they cannot act (disabledFocusable), so a
 * keyboard or screen reader user hears why; the range above the list is a live status.
 */
export const MeasurePager = forwardRef<HTMLDivElement, MeasurePagerProps>(function MeasurePager(
  { page, count, onPage, blocked, place },
  rangeRef,
) {
  const styles = useStyles();
  const pages = pageCount(count);
  const label = place === "above" ? "หน้าของรายการมาตรการ" : "หน้าของรายการมาตรการ (ท้ายรายการ)";
  return (
    <nav className={styles.pager} aria-label={label}>
      {place === "above" ? (
        <div role="status" ref={rangeRef} tabIndex={-1}>
          <Text>
            {pageRangeText(page, count)} (หน้า {grouped(page + 1)} จาก {grouped(pages)})
          </Text>
        </div>
      ) : (
        <Text>{pageRangeText(page, count)}</Text>
      )}
      <div className={styles.buttons}>
        <Button
          className={styles.button}
          disabledFocusable={page === 0 || blocked !== null}
          onClick={() => onPage(page - 1)}
        >
          หน้าก่อน
        </Button>
        <Button
          className={styles.button}
          disabledFocusable={page >= pages - 1 || blocked !== null}
          onClick={() => onPage(page + 1)}
        >
          หน้าถัดไป
        </Button>
        {place === "above" && (
          <Select
            className={styles.select}
            aria-label="ไปที่หน้า"
            value={String(page)}
            disabled={blocked !== null}
            onChange={(_, d) => onPage(Number(d.value))}
          >
            {Array.from({ length: pages }, (_, i) => (
              <option key={i} value={String(i)}>
                หน้า {grouped(i + 1)}
              </option>
            ))}
          </Select>
        )}
      </div>
      {blocked && <Text size={200}>{blocked}</Text>}
    </nav>
  );
});
