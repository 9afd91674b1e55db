import { Button, Divider, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { measureFromTemplate } from "../../../app/measureFromTemplate";
import { MEASURE_TEMPLATES } from "../../../domain/catalogue/templates";
import { suggestTemplates } from "../../../domain/catalogue/searchTemplates";
import { MEASURES_SHEET } from "../../../domain/input/measuresLayout";
import { ActionStatus } from "../../components/ActionStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { useAction } from "../../hooks/useAction";
import { useInputRead } from "../../hooks/useInputRead";
import { useServices } from "../../servicesContext";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { TemplateBrowser } from "./TemplateBrowser";

const useStyles = makeStyles({
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Measures: pick templates (suggested for weak indicators, or from the catalogue) and add them as rows. */
export function MeasuresScreen() {
  const styles = useStyles();
  const services = useServices();
  const { state, refresh } = useInputRead();
  const add = useAction();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const input = state.kind === "ready" ? state.read.input : null;
  const latest = input ? [...input.scores].at(-1) : undefined;
  const suggestions = useMemo(() => (latest ? suggestTemplates(latest[1]) : []), [latest]);
  const onSheet = useMemo(() => new Set(input?.measures.map((m) => m.title) ?? []), [input]);

  const toggle = (id: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const addRows = () =>
    add.run("กำลังเพิ่มแถวในชีตมาตรการ…", async () => {
      const chosen = MEASURE_TEMPLATES.filter((t) => selected.has(t.id));
      const first = await services.appendMeasures(chosen.map(measureFromTemplate));
      setSelected(new Set());
      await refresh();
      const rows = chosen.length === 1 ? `แถว ${first}` : `แถว ${first}–${first + chosen.length - 1}`;
      return {
        intent: "success",
        title: `เพิ่ม ${chosen.length} มาตรการลงชีต ${MEASURES_SHEET} แล้ว`,
        text: `${rows} กรุณาเลือกสถานะและกรอกผลการดำเนินการในชีต`,
      };
    });
  const list = { selected, onToggle: toggle, onSheet };

  return (
    <ScreenSection title="เลือกมาตรการ">
      <Text>เลือกมาตรการจากคลัง แล้วกดเพิ่ม ระบบจะเพิ่มเป็นแถวใหม่ต่อท้ายชีต {MEASURES_SHEET} โดยไม่ทับแถวเดิม</Text>
      <Text as="h3" weight="semibold">
        แนะนำสำหรับตัวชี้วัดที่ต่ำกว่า 85
      </Text>
      {state.kind === "loading" && <Spinner size="tiny" labelPosition="after" label="กำลังอ่านคะแนน…" />}
      {state.kind === "failed" && <Text>อ่านคะแนนไม่ได้ จึงยังแนะนำมาตรการไม่ได้ ({state.text})</Text>}
      {state.kind === "ready" && !latest && <Text>ยังไม่มีคะแนนในชีต จึงยังแนะนำมาตรการไม่ได้</Text>}
      {latest && <SuggestionsPanel yearBE={latest[0]} scored={latest[1].size} suggestions={suggestions} {...list} />}
      <Divider />
      <Text as="h3" weight="semibold">
        คลังมาตรการ ({MEASURE_TEMPLATES.length} มาตรการ)
      </Text>
      <TemplateBrowser {...list} />
      <div className={styles.footer}>
        <ActionStatus state={add.state} />
        <Button appearance="primary" disabled={selected.size === 0 || add.busy} onClick={addRows}>
          เพิ่ม {selected.size} มาตรการลงชีต
        </Button>
      </div>
    </ScreenSection>
  );
}
