import {
  Button,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { SIGNATORY_HEADERS } from "../../../domain/input/inputLayout";
import type { Signatory } from "../../../domain/model/signatory";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  person: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
  },
});

const FIELDS: readonly ("role" | "name" | "position")[] = ["role", "name", "position"];
const EMPTY: Signatory = { role: "", name: "", position: "" };
const ADD_SIGNATORY_ID = "ita-signatory-add";

/** The id of a signatory's field (0-based place in the chain), for a jump to it. */
export const signatoryFieldId = (index: number, part: keyof Signatory) =>
  `ita-signatory-${index}-${part}`;

export interface SignatoriesEditorProps {
  readonly people: readonly Signatory[];
  readonly onChange: (people: Signatory[]) => void;
}

/** The sign-off chain in order, ผู้รายงาน first and the approver last. */
export function SignatoriesEditor({ people, onChange }: SignatoriesEditorProps) {
  const styles = useStyles();
  // The place of a signatory just added: once it is on the page, its first field takes the focus,
  // so a keyboard user types into it rather than into the add button.
  const added = useRef<number | null>(null);
  // The place of a signatory just removed: its remove button went with it, so the focus, lost to
  // the page, goes to what took its place (the next signatory's first field, or the add button).
  const removed = useRef<number | null>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (removed.current !== null && lost) {
      const next =
        removed.current < people.length
          ? document.getElementById(signatoryFieldId(removed.current, FIELDS[0]!))
          : document.getElementById(ADD_SIGNATORY_ID);
      next?.focus();
    }
    removed.current = null;
    if (added.current === null || added.current >= people.length) return;
    document.getElementById(signatoryFieldId(added.current, FIELDS[0]!))?.focus();
    added.current = null;
  }, [people.length]);
  const set = (i: number, patch: Partial<Signatory>) =>
    onChange(people.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...people];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  return (
    <>
      <Text>เรียงจากผู้รายงานถึงผู้อนุมัติ (ผู้ลงนาม &quot;ทราบ&quot; อยู่ท้ายสุด)</Text>
      <ol className={styles.list} aria-label="ผู้ลงนาม">
        {people.map((p, i) => (
          <li key={i} className={styles.person}>
            <Text weight="semibold">ผู้ลงนามคนที่ {i + 1}</Text>
            {FIELDS.map((f, k) => (
              <Field key={f} label={`${SIGNATORY_HEADERS[k]} (คนที่ ${i + 1})`}>
                <Input
                  id={signatoryFieldId(i, f)}
                  value={p[f]}
                  onChange={(_, d) => set(i, { [f]: d.value })}
                />
              </Field>
            ))}
            <Field
              label={`${SIGNATORY_HEADERS[4]} (คนที่ ${i + 1})`}
              hint="พิมพ์เมื่อยศอยู่หน้าจุดลงชื่อ ไม่อยู่ในวงเล็บกับชื่อ เช่น ว่าที่ ร.ต. เว้นว่าง: ไม่มี"
            >
              <Input
                id={signatoryFieldId(i, "rank")}
                value={p.rank ?? ""}
                onChange={(_, d) => set(i, { rank: d.value })}
              />
            </Field>
            <Field
              label={`${SIGNATORY_HEADERS[3]} (คนที่ ${i + 1})`}
              hint="บรรทัดเหนือลายเซ็นในบันทึกข้อความ (คนที่ 2 เป็นต้นไป) เช่น ความเห็น… เว้นว่าง: เรียน … เพื่อโปรดทราบ พิมพ์ - : ลงนามโดยไม่มีบรรทัดความเห็น"
            >
              <Textarea
                id={signatoryFieldId(i, "comment")}
                value={p.comment ?? ""}
                resize="vertical"
                onChange={(_, d) => set(i, { comment: d.value })}
              />
            </Field>
            <div className={styles.actions}>
              <Button size="small" disabledFocusable={i === 0} onClick={() => move(i, -1)}>
                ขึ้น<span className={styles.hidden}> ผู้ลงนามคนที่ {i + 1}</span>
              </Button>
              <Button
                size="small"
                disabledFocusable={i === people.length - 1}
                onClick={() => move(i, 1)}
              >
                ลง<span className={styles.hidden}> ผู้ลงนามคนที่ {i + 1}</span>
              </Button>
              <Button
                size="small"
                onClick={() => {
                  removed.current = i;
                  onChange(people.filter((_, j) => j !== i));
                }}
              >
                ลบ<span className={styles.hidden}> ผู้ลงนามคนที่ {i + 1}</span>
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        id={ADD_SIGNATORY_ID}
        onClick={() => {
          added.current = people.length;
          onChange([...people, EMPTY]);
        }}
      >
        เพิ่มผู้ลงนาม
      </Button>
    </>
  );
}
