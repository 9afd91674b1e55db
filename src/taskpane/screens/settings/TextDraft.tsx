import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { paragraphsOf } from "../../../domain/model/reportTexts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
  paragraph: { margin: 0, overflowWrap: "anywhere" },
});

export interface TextDraftProps {
  /** The field's label, as on the Settings sheet. */
  readonly label: string;
  /** What the report prints while the field is empty, one paragraph a line. */
  readonly draft: string;
  /** Puts the draft into the field, for the user to edit. */
  readonly onStart: (draft: string) => void;
}

/**
 * The draft the report will print for an empty text field, shown under it, with a button that
 * copies the draft into the field as a start for the user's own words.
 */
export function TextDraft({ label, draft, onStart }: TextDraftProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={`ข้อความที่ร่างให้: ${label}`} className={styles.root}>
      <Caption1>ข้อความที่ร่างให้ (พิมพ์ในรายงานเมื่อเว้นช่องนี้ว่าง)</Caption1>
      {paragraphsOf(draft).map((p, i) => (
        <p key={i} className={styles.paragraph}>
          {p}
        </p>
      ))}
      <Button size="small" onClick={() => onStart(draft)}>
        เริ่มแก้จากร่างนี้
      </Button>
    </div>
  );
}
