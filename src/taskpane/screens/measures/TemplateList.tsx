import { makeStyles, tokens } from "@fluentui/react-components";
import type { MeasureTemplate } from "../../../domain/catalogue/measureTemplate";
import { TemplateItem } from "./TemplateItem";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

export interface TemplateListProps {
  readonly label: string;
  readonly templates: readonly MeasureTemplate[];
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (id: string, checked: boolean) => void;
  /** Titles of the measures already on the sheet. */
  readonly onSheet: ReadonlySet<string>;
}

/** A labelled list of templates to pick from. */
export function TemplateList({ label, templates, selected, onToggle, onSheet }: TemplateListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {templates.map((t) => (
        <TemplateItem
          key={t.id}
          template={t}
          checked={selected.has(t.id)}
          onToggle={onToggle}
          onSheet={onSheet.has(t.title)}
        />
      ))}
    </ul>
  );
}
