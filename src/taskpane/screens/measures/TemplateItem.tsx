import { Badge, Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { MeasureTemplate } from "../../../domain/catalogue/measureTemplate";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground3, paddingLeft: "32px" },
  details: {
    margin: 0,
    paddingLeft: "32px",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  dd: { margin: 0 },
  row: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: "32px",
  },
});

export interface TemplateItemProps {
  readonly template: MeasureTemplate;
  readonly checked: boolean;
  readonly onToggle: (id: string, checked: boolean) => void;
  /** A measure with this title is already on the Measures sheet. */
  readonly onSheet: boolean;
}

/** One catalogue template: pick it with its checkbox; its steps and success indicator on request. */
export function TemplateItem({ template: t, checked, onToggle, onSheet }: TemplateItemProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <li className={styles.item}>
      <Checkbox
        checked={checked && !onSheet}
        disabled={onSheet}
        onChange={(_, d) => onToggle(t.id, d.checked === true)}
        label={onSheet ? `${t.title} (มีในชีตแล้ว)` : t.title}
      />
      <Text size={200} className={styles.meta}>
        ตัวชี้วัดที่ {t.indicator} · {t.unit} · {t.period}
      </Text>
      <div className={styles.row}>
        {onSheet && (
          <Badge appearance="tint" color="informative">
            มีในชีตแล้ว
          </Badge>
        )}
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          {open ? "ซ่อนรายละเอียด" : "รายละเอียด"}
        </Button>
      </div>
      {open && (
        <dl id={detailsId} className={styles.details}>
          <dt>
            <Text size={200} weight="semibold">
              วิธีการดำเนินการ
            </Text>
          </dt>
          <dd className={styles.dd}>
            <Text size={200}>{t.methods}</Text>
          </dd>
          <dt>
            <Text size={200} weight="semibold">
              ตัวชี้วัดความสำเร็จ
            </Text>
          </dt>
          <dd className={styles.dd}>
            <Text size={200}>{t.successIndicator}</Text>
          </dd>
        </dl>
      )}
    </li>
  );
}
