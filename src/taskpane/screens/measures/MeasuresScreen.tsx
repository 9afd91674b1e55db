import { Link, Spinner, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { placedMeasures } from "../../../app/measureRows";
import { MEASURES_SHEET } from "../../../domain/input/measuresLayout";
import { DEFAULT_LAYOUT } from "../../../domain/model/reportLayout";
import { measuresFramework } from "../../../domain/scoring/inputFrameworks";
import { ScreenSection } from "../../components/ScreenSection";
import { useAction } from "../../hooks/useAction";
import { useInputRead } from "../../hooks/useInputRead";
import type { Navigate } from "../screens";
import { CatalogueView } from "./CatalogueView";
import { MeasureList } from "./MeasureList";
import { loadCatalogue } from "./useCatalogue";

const useStyles = makeStyles({
  views: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type View = "sheet" | "catalogue";

/** Measures: the sheet's measures as editable cards, and the catalogue to add templates from. */
export function MeasuresScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  const styles = useStyles();
  const { state, refresh } = useInputRead(true);
  const add = useAction();
  const [view, setView] = useState<View>("sheet");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const input = state.kind === "ready" ? state.read.input : null;
  const measures = useMemo(() => placedMeasures(input?.measures ?? []), [input]);
  const columns = input?.measures.find((m) => m.origin?.kind === "sheet")?.origin;
  const latest = input ? [...input.scores].at(-1) : undefined;
  const framework = useMemo(() => (input ? measuresFramework(input) : null), [input]);
  const onSheet = useMemo(() => new Set(measures.map((m) => m.title)), [measures]);
  // The catalogue's templates are a chunk of their own: fetched while the user looks at the sheet's measures, so the view opens at once.
  useEffect(() => void loadCatalogue().catch(() => undefined), []);

  const toggle = (id: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <ScreenSection title="มาตรการ">
      <div className={styles.views} role="group" aria-label="มุมมอง">
        <ToggleButton
          checked={view === "sheet"}
          onClick={() => setView("sheet")}
          appearance={view === "sheet" ? "primary" : "secondary"}
        >
          มาตรการในชีต ({measures.length})
        </ToggleButton>
        <ToggleButton
          checked={view === "catalogue"}
          onClick={() => setView("catalogue")}
          appearance={view === "catalogue" ? "primary" : "secondary"}
        >
          เลือกจากคลังมาตรการ
        </ToggleButton>
      </div>
      {state.kind === "loading" && (
        <Spinner size="tiny" labelPosition="after" label="กำลังอ่านชีตมาตรการ…" />
      )}
      {state.kind === "failed" && <Text>อ่านชีตไม่ได้ ({state.text})</Text>}
      {view === "sheet" && state.kind === "ready" && (
        <>
          <Text>
            แต่ละมาตรการคือหนึ่งแถวของชีต {MEASURES_SHEET} เรียงตามลำดับในรายงาน กด แก้ไข เพื่อกรอกผลและสถานะ
            (แก้ในชีตโดยตรงก็ได้)
          </Text>
          <MeasureList
            measures={measures}
            columns={columns?.kind === "sheet" ? columns.columns : null}
            issues={state.read.issues}
            onChanged={refresh}
            framework={
              framework ??
              measuresFramework(state.read.input ?? { scores: new Map(), fiscalYearBE: 0 })
            }
          />
          <Text size={200}>
            ปัญหาของมาตรการทั้งหมดดูได้ที่ <Link onClick={() => onNavigate("check")}>หน้าตรวจข้อมูล</Link>
          </Text>
        </>
      )}
      {view === "catalogue" && (
        <CatalogueView
          latest={latest}
          framework={framework}
          plan={input?.layout.plan ?? DEFAULT_LAYOUT.plan}
          ready={state.kind === "ready"}
          selected={selected}
          onToggle={toggle}
          onSelected={setSelected}
          onSheet={onSheet}
          add={add}
          refresh={refresh}
        />
      )}
    </ScreenSection>
  );
}
