import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactElement } from "react";
import { CheckScreen } from "../screens/check/CheckScreen";
import { MeasuresScreen } from "../screens/measures/MeasuresScreen";
import { ReportsScreen } from "../screens/reports/ReportsScreen";
import { ScoresScreen } from "../screens/scores/ScoresScreen";
import { panelId, tabId, type ScreenId } from "../screens/screens";
import { SettingsScreen, type SettingsDraft } from "../screens/settings/SettingsScreen";
import { StartScreen } from "../screens/StartScreen";
import type { TaskpaneServices } from "../services";
import { ServicesProvider } from "../servicesContext";
import { CapabilityNotes } from "./CapabilityNotes";
import { ScreenTabs } from "./ScreenTabs";
import { WorkbookFileBar } from "./WorkbookFileBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "40rem",
    boxSizing: "border-box",
  },
  title: { margin: 0 },
  panel: { outline: "none" },
});

export interface AppProps {
  readonly services: TaskpaneServices;
}

/** The task pane: one screen per step, from the input sheets to the report sheets. */
export function App({ services }: AppProps) {
  const styles = useStyles();
  const [screen, setScreen] = useState<ScreenId>("start");
  const [fileName, setFileName] = useState(services.file?.fileName() ?? null);
  // Opening another file starts every screen afresh.
  const [generation, setGeneration] = useState(0);
  const [settingsDraft, setSettingsDraft] = useState<SettingsDraft | null>(null);
  const hasWorkbook = !services.file || fileName !== null;

  const onOpened = (name: string) => {
    setFileName(name);
    setSettingsDraft(null);
    setGeneration((g) => g + 1);
    setScreen("start");
  };
  const content: Record<ScreenId, () => ReactElement> = {
    start: () => <StartScreen onNavigate={setScreen} />,
    settings: () => <SettingsScreen draft={settingsDraft} onDraftChange={setSettingsDraft} onNavigate={setScreen} />,
    scores: () => <ScoresScreen onNavigate={setScreen} />,
    measures: () => <MeasuresScreen />,
    check: () => <CheckScreen onNavigate={setScreen} />,
    reports: () => <ReportsScreen onNavigate={setScreen} />,
  };

  return (
    <ServicesProvider services={services}>
      <div className={styles.root}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          รายงาน ITA
        </Text>
        <CapabilityNotes notes={services.capabilityNotes} />
        {services.file && <WorkbookFileBar file={services.file} fileName={fileName} onOpened={onOpened} />}
        {hasWorkbook && (
          <>
            <ScreenTabs selected={screen} onSelect={setScreen} />
            <main
              key={`${generation}-${screen}`}
              id={panelId(screen)}
              role="tabpanel"
              aria-labelledby={tabId(screen)}
              className={styles.panel}
            >
              {content[screen]()}
            </main>
          </>
        )}
      </div>
    </ServicesProvider>
  );
}
