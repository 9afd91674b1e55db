import { Button, Link, Spinner, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { measureFromTemplate } from "../../../app/measureFromTemplate";
import { placedMeasures } from "../../../app/measureRows";
import { MEASURE_TEMPLATES } from "../../../domain/catalogue/templates";
import { suggestTemplates } from "../../../domain/catalogue/searchTemplates";
import { barText } from "../../../domain/framework/frameworkText";
import { MEASURES_SHEET } from "../../../domain/input/measuresLayout";
import { measuresFramework } from "../../../domain/scoring/inputFrameworks";
import { ActionStatus } from "../../components/ActionStatus";
import { ScreenSection } from "../../components/ScreenSection";
import { useAction } from "../../hooks/useAction";
import { useInputRead } from "../../hooks/useInputRead";
import { useServices } from "../../servicesContext";
import type { Navigate } from "../screens";
import { MeasureList } from "./MeasureList";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { TemplateBrowser } from "./TemplateBrowser";

const useStyles = makeStyles({
  views: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

type View = "sheet" | "catalogue";

/** Measures: the sheet's measures as editable cards, and the catalogue to add templates from. */
export function MeasuresScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  const styles = useStyles();
  const services = useServices();
  const { state, refresh } = useInputRead(true);
  const add = useAction();
  const [view, setView] = useState<View>("sheet");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const input = state.kind === "ready" ? state.read.input : null;
  const measures = useMemo(() => placedMeasures(input?.measures ?? []), [input]);
  const columns = input?.measures.find((m) => m.origin?.kind === "sheet")?.origin;
  const latest = input ? [...input.scores].at(-1) : undefined;
  const framework = useMemo(() => (input ? measuresFramework(input) : null), [input]);
  const suggestions = useMemo(() => (latest && framework ? suggestTemplates(latest[1], framework) : []), [latest, framework]);
  const onSheet = useMemo(() => new Set(measures.map((m) => m.title)), [measures]);

  const toggle = (id: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const addRows = () =>
    add.run("กำลังเพิ่มแถวในชีตมาตรการ…", async () => {
      const chosen = MEASURE_TEMPLATES.filter((t) => selected.has(t.id) && !onSheet.has(t.title));
      const first = await services.appendMeasures(chosen.map(measureFromTemplate));
      setSelected(new Set());
      await refresh();
      const rows = chosen.length === 1 ? `แถว ${first}` : `แถว ${first}–${first + chosen.length - 1}`;
      return {
        intent: "success",
        title: `เพิ่ม ${chosen.length} มาตรการลงชีต ${MEASURES_SHEET} แล้ว`,
        text: `${rows} กรุณาเลือกสถานะและกรอกผลการดำเนินการที่รายการมาตรการ`,
      };
    });
  const list = { selected, onToggle: toggle, onSheet };

  return (
    <ScreenSection title="มาตรการ">
      <div className={styles.views} role="group" aria-label="มุมมอง">
        <ToggleButton checked={view === "sheet"} onClick={() => setView("sheet")} appearance={view === "sheet" ? "primary" : "secondary"}>
          มาตรการในชีต ({measures.length})
        </ToggleButton>
        <ToggleButton checked={view === "catalogue"} onClick={() => setView("catalogue")} appearance={view === "catalogue" ? "primary" : "secondary"}>
          เลือกจากคลังมาตรการ
        </ToggleButton>
      </div>
      {state.kind === "loading" && <Spinner size="tiny" labelPosition="after" label="กำลังอ่านชีตมาตรการ…" />}
      {state.kind === "failed" && <Text>อ่านชีตไม่ได้ ({state.text})</Text>}
      {view === "sheet" && state.kind === "ready" && (
        <>
          <Text>
            แต่ละมาตรการคือหนึ่งแถวของชีต {MEASURES_SHEET} เรียงตามลำดับในรายงาน กด แก้ไข เพื่อกรอกผลและสถานะ (แก้ในชีตโดยตรงก็ได้)
          </Text>
          <MeasureList
            measures={measures}
            columns={columns?.kind === "sheet" ? columns.columns : null}
            issues={state.read.issues}
            onChanged={refresh}
            framework={framework ?? measuresFramework(state.read.input ?? { scores: new Map(), fiscalYearBE: 0 })}
          />
          <Text size={200}>
            ปัญหาของมาตรการทั้งหมดดูได้ที่ <Link onClick={() => onNavigate("check")}>หน้าตรวจข้อมูล</Link>
          </Text>
        </>
      )}
      {view === "catalogue" && (
        <>
          <Text>ติ๊กมาตรการที่ต้องการ แล้วกดเพิ่ม ระบบจะเพิ่มเป็นแถวใหม่ต่อท้ายชีต {MEASURES_SHEET} โดยไม่ทับแถวเดิม มาตรการที่มีในชีตแล้วจะเลือกซ้ำไม่ได้</Text>
          <Text as="h3" weight="semibold">
            แนะนำสำหรับตัวชี้วัดที่ต่ำกว่าเกณฑ์{framework ? ` ${barText(framework.passMark)}` : ""}
          </Text>
          {state.kind === "ready" && !latest && <Text>ยังไม่มีคะแนน จึงยังแนะนำมาตรการไม่ได้ กรอกคะแนนที่หน้าคะแนนก่อน</Text>}
          {latest && framework && <SuggestionsPanel yearBE={latest[0]} framework={framework} scored={latest[1].size} suggestions={suggestions} {...list} />}
          <Text as="h3" weight="semibold">
            คลังมาตรการ ({MEASURE_TEMPLATES.length} มาตรการ)
          </Text>
          <TemplateBrowser {...list} />
          <div className={styles.footer}>
            <ActionStatus state={add.state} />
            <Button appearance="primary" disabledFocusable={selected.size === 0 || add.busy} onClick={addRows}>
              เพิ่ม {selected.size} มาตรการลงชีต
            </Button>
          </div>
        </>
      )}
    </ScreenSection>
  );
}
