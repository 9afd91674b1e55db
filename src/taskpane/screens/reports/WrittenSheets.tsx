import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: "1.4em",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface WrittenSheetsProps {
  readonly sheets: readonly string[];
  /** Shows a sheet in Excel; without it the names are plain text. */
  readonly onShow?: ((sheet: string) => void) | undefined;
}

/** The report sheets a build wrote, each a way to open it. */
export function WrittenSheets({ sheets, onShow }: WrittenSheetsProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="ชีตรายงานที่เขียนแล้ว">
      {sheets.map((sheet) => (
        <li key={sheet}>
          <span className={styles.item}>
            <Text>{sheet}</Text>
            {onShow && (
              <Button
                size="small"
                appearance="transparent"
                onClick={() => onShow(sheet)}
                aria-label={`ไปที่ชีต ${sheet}`}
              >
                ไปที่ชีต
              </Button>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
