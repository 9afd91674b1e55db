import { Button, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { useMemo } from "react";
import { measureFromTemplate } from "../../../app/measureFromTemplate";
import type { IndicatorNumber } from "../../../domain/framework/indicators";
import type { ItaFramework } from "../../../domain/framework/itaFramework";
import { MEASURES_SHEET } from "../../../domain/input/measuresLayout";
import { planBar } from "../../../domain/model/planWording";
import type { PlanLayout } from "../../../domain/model/reportLayout";
import { ActionStatus } from "../../components/ActionStatus";
import { STICKY_FOOTER } from "../../components/stickyFooter";
import { STICKY_BOTTOM } from "../../components/stickyScrollPadding";
import type { useAction } from "../../hooks/useAction";
import { useServices } from "../../servicesContext";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { TemplateBrowser } from "./TemplateBrowser";
import { useCatalogue, type Catalogue } from "./useCatalogue";

const useStyles = makeStyles({
  footer: STICKY_FOOTER,
});

export interface CatalogueViewProps {
  /** The latest scored year and its indicator scores (hundredths); undefined before any score. */
  readonly latest: readonly [number, ReadonlyMap<IndicatorNumber, number>] | undefined;
  /** The frame the measures follow; null while the input is not read. */
  readonly framework: ItaFramework | null;
  /** The improvement plan's layout: it sets the bar below which indicators get suggestions (planBar). */
  readonly plan: PlanLayout;
  /** The input has been read (so "no scores yet" can be said). */
  readonly ready: boolean;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (id: string, checked: boolean) => void;
  readonly onSelected: (selected: ReadonlySet<string>) => void;
  /** Titles of the measures on the sheet: their templates cannot be chosen again. */
  readonly onSheet: ReadonlySet<string>;
  /** The screen's add action, so its outcome outlives a switch of view. */
  readonly add: ReturnType<typeof useAction>;
  readonly refresh: () => Promise<unknown>;
}

/**
 * The Measures screen's catalogue view: suggestions for the weak indicators, the whole catalogue
 * and the button that adds the chosen templates as rows. The templates come in a chunk of their
 * own (useCatalogue), so they are not part of the pane's first load.
 */
export function CatalogueView(props: CatalogueViewProps) {
  const state = useCatalogue();
  if (state.kind === "loading")
    return <Spinner size="tiny" labelPosition="after" label="กำลังเปิดคลังมาตรการ…" />;
  if (state.kind === "failed")
    return <Text>เปิดคลังมาตรการไม่ได้ กรุณาตรวจการเชื่อมต่อ แล้วเปิดหน้านี้ใหม่</Text>;
  return <CatalogueContent {...props} catalogue={state.catalogue} />;
}

function CatalogueContent({
  latest,
  framework,
  plan,
  ready,
  selected,
  onToggle,
  onSelected,
  onSheet,
  add,
  refresh,
  catalogue,
}: CatalogueViewProps & { readonly catalogue: Catalogue }) {
  const styles = useStyles();
  const services = useServices();
  const { MEASURE_TEMPLATES, suggestTemplates } = catalogue;
  const suggestions = useMemo(
    () => (latest && framework ? suggestTemplates(latest[1], framework, plan) : []),
    [latest, framework, plan, suggestTemplates],
  );
  const addRows = () =>
    add.run("กำลังเพิ่มแถวในชีตมาตรการ…", async () => {
      const chosen = MEASURE_TEMPLATES.filter((t) => selected.has(t.id) && !onSheet.has(t.title));
      const first = await services.appendMeasures(chosen.map(measureFromTemplate));
      onSelected(new Set());
      await refresh();
      const rows =
        chosen.length === 1 ? `แถว ${first}` : `แถว ${first}–${first + chosen.length - 1}`;
      return {
        intent: "success",
        title: `เพิ่ม ${chosen.length} มาตรการลงชีต ${MEASURES_SHEET} แล้ว`,
        text: `${rows} กรุณาเลือกสถานะและกรอกผลการดำเนินการที่รายการมาตรการ`,
      };
    });
  const list = { selected, onToggle, onSheet };
  return (
    <>
      <Text>
        ติ๊กมาตรการที่ต้องการ แล้วกดเพิ่ม ระบบจะเพิ่มเป็นแถวใหม่ต่อท้ายชีต {MEASURES_SHEET} โดยไม่ทับแถวเดิม
        มาตรการที่มีในชีตแล้วจะเลือกซ้ำไม่ได้
      </Text>
      <Text as="h3" weight="semibold">
        {framework
          ? `แนะนำสำหรับตัวชี้วัดที่${planBar(framework, plan).text}`
          : "แนะนำสำหรับตัวชี้วัดที่ต่ำกว่าเกณฑ์"}
      </Text>
      {ready && !latest && <Text>ยังไม่มีคะแนน จึงยังแนะนำมาตรการไม่ได้ กรอกคะแนนที่หน้าคะแนนก่อน</Text>}
      {latest && framework && (
        <SuggestionsPanel
          yearBE={latest[0]}
          framework={framework}
          plan={plan}
          scored={latest[1].size}
          suggestions={suggestions}
          {...list}
        />
      )}
      <Text as="h3" weight="semibold">
        คลังมาตรการ ({MEASURE_TEMPLATES.length} มาตรการ)
      </Text>
      <TemplateBrowser {...list} catalogue={catalogue} />
      <div className={styles.footer} {...STICKY_BOTTOM}>
        <ActionStatus state={add.state} />
        <Button
          appearance="primary"
          disabledFocusable={selected.size === 0 || add.busy}
          onClick={addRows}
        >
          เพิ่ม {selected.size} มาตรการลงชีต
        </Button>
      </div>
    </>
  );
}
