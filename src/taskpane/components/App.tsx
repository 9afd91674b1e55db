import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from "react";
import { PendingEditsContext, type PendingEdits } from "../hooks/usePendingEdits";
import { FieldTargetContext, type FieldTargetState } from "../screens/fieldTarget";
import { panelId, tabId, type FieldTarget, type ScreenId } from "../screens/screens";
import type { SettingsDraft } from "../screens/settings/SettingsScreen";
import { preloadScreens, SCREEN_CHUNKS } from "../screens/screenChunks";
import { sameSettings } from "../../app/settingsForm";
import { StartScreen } from "../screens/StartScreen";
import type { TaskpaneServices, WorkbookFile } from "../services";
import { ServicesProvider } from "../servicesContext";
import { CapabilityNotes } from "./CapabilityNotes";
import { LiveRegion } from "./LiveRegion";
import { ScreenTabs } from "./ScreenTabs";
import { STICKY_TOP, useStickyScrollPadding } from "./stickyScrollPadding";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    // A task pane is 320–350 px; in a wide browser window the pane grows, centred, and its lists flow in columns.
    maxWidth: "72rem",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  title: { margin: 0 },
  // Lays out its parts as the pane's column did before they were grouped.
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // The tabs stay reachable on long screens.
  nav: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `0 ${tokens.spacingHorizontalM}`,
  },
  panel: { outline: "none" },
});

/** What the standalone page's file bar is given by the pane. */
export interface FileBarProps {
  readonly file: WorkbookFile;
  readonly fileName: string | null;
  /** The pane holds edits not yet in the workbook (e.g. unsaved settings). */
  readonly pendingEdits: () => boolean;
  readonly onOpened: (fileName: string) => void;
}

export interface AppProps {
  readonly services: TaskpaneServices;
  /** The standalone page's file bar (open, new, download); the add-in has none. */
  readonly fileBar?: (props: FileBarProps) => ReactNode;
}

/** The task pane: one screen per step, from the input sheets to the report sheets. */
export function App({ services, fileBar }: AppProps) {
  const styles = useStyles();
  const [screen, setScreen] = useState<ScreenId>("start");
  const [fileName, setFileName] = useState(services.file?.fileName() ?? null);
  // Opening another file starts every screen afresh.
  const [generation, setGeneration] = useState(0);
  const [settingsDraft, setSettingsDraft] = useState<SettingsDraft | null>(null);
  const [target, setTarget] = useState<FieldTarget | null>(null);
  const targetState = useMemo<FieldTargetState>(
    () => ({ target, done: () => setTarget(null) }),
    [target],
  );
  const focusAfter = useRef<"tab" | "heading" | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(rootRef);
  const pending = useRef(new Map<string, boolean>());
  const edits = useMemo<PendingEdits>(
    () => ({ set: (editor, on) => void pending.current.set(editor, on) }),
    [],
  );
  const hasWorkbook = !services.file || fileName !== null;
  const settingsDirty =
    settingsDraft !== null && !sameSettings(settingsDraft.before, settingsDraft.after);
  const pendingEdits = () => settingsDirty || [...pending.current.values()].some(Boolean);

  // Closing or reloading the page with changes that were never downloaded asks first.
  const unsavedRef = useRef(pendingEdits);
  unsavedRef.current = () => pendingEdits() || (services.file?.status().unsaved ?? false);
  useEffect(() => {
    if (!services.file) return undefined;
    const warn = (e: BeforeUnloadEvent) => {
      if (!unsavedRef.current()) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [services.file]);

  // Moves the focus once the screen is there (a screen still loading its chunk comes later: ScreenShown).
  const applyFocus = () => {
    const target = focusAfter.current;
    if (target === "heading") {
      const heading = document.querySelector<HTMLElement>(`#${panelId(screen)} h2`);
      if (!heading) return;
      heading.focus();
    }
    focusAfter.current = null;
    if (target === "tab") document.getElementById(tabId(screen))?.focus();
  };
  useEffect(applyFocus);
  // The other screens' chunks load once there is a workbook to show them on, so that a tab opens at once.
  useEffect(() => {
    if (hasWorkbook) preloadScreens().catch(() => undefined);
  }, [hasWorkbook]);

  const onOpened = (name: string) => {
    setFileName(name);
    setSettingsDraft(null);
    setTarget(null);
    setGeneration((g) => g + 1);
    setScreen("start");
    focusAfter.current = "tab";
  };
  /**
   * Moves to a screen from a link or button inside a screen: focus goes to the new screen's
   * heading, or to the field of the target cell once the screen has read it.
   */
  const navigate = (next: ScreenId, to?: FieldTarget) => {
    setScreen(next);
    setTarget(to ?? null);
    focusAfter.current = to ? null : "heading";
  };
  const select = (next: ScreenId) => {
    setScreen(next);
    setTarget(null);
  };
  const content: Record<ScreenId, () => ReactElement> = {
    start: () => <StartScreen onNavigate={navigate} />,
    settings: () => (
      <SCREEN_CHUNKS.settings.Screen
        draft={settingsDraft}
        onDraftChange={setSettingsDraft}
        onNavigate={navigate}
      />
    ),
    scores: () => <SCREEN_CHUNKS.scores.Screen onNavigate={navigate} />,
    measures: () => <SCREEN_CHUNKS.measures.Screen onNavigate={navigate} />,
    check: () => <SCREEN_CHUNKS.check.Screen onNavigate={navigate} />,
    reports: () => <SCREEN_CHUNKS.reports.Screen onNavigate={navigate} />,
  };

  return (
    <ServicesProvider services={services}>
      <PendingEditsContext.Provider value={edits}>
        <FieldTargetContext.Provider value={targetState}>
          <LiveRegion>
            <div ref={rootRef} className={styles.root}>
              {/* The page's banner landmark: with the tabs (nav) and the screen (main), nothing is outside a landmark. */}
              <header className={styles.header}>
                <Text as="h1" size={500} weight="semibold" className={styles.title}>
                  รายงาน ITA
                </Text>
                <CapabilityNotes notes={services.capabilityNotes} />
                {services.file &&
                  fileBar?.({ file: services.file, fileName, pendingEdits, onOpened })}
              </header>
              {hasWorkbook && (
                <>
                  <nav className={styles.nav} aria-label="ขั้นตอนการทำรายงาน" {...STICKY_TOP}>
                    <ScreenTabs selected={screen} onSelect={select} />
                  </nav>
                  <main className={styles.panel}>
                    <div
                      key={`${generation}-${screen}`}
                      id={panelId(screen)}
                      role="tabpanel"
                      aria-labelledby={tabId(screen)}
                    >
                      <Suspense
                        fallback={<Spinner size="tiny" labelPosition="after" label="กำลังเปิดหน้า…" />}
                      >
                        {content[screen]()}
                        <ScreenShown onShown={applyFocus} />
                      </Suspense>
                    </div>
                  </main>
                </>
              )}
            </div>
          </LiveRegion>
        </FieldTargetContext.Provider>
      </PendingEditsContext.Provider>
    </ServicesProvider>
  );
}

/** Rendered after a screen inside its Suspense: its effect runs once the screen has loaded and shows. */
function ScreenShown({ onShown }: { readonly onShown: () => void }) {
  useEffect(onShown);
  return null;
}
