import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import { SCREENS, panelId, tabId, type ScreenId } from "../screens/screens";

const useStyles = makeStyles({ tabs: { flexWrap: "wrap" } });

/** The screens as numbered tabs, in working order; arrow keys move between them. */
export function ScreenTabs({ selected, onSelect }: { readonly selected: ScreenId; readonly onSelect: (id: ScreenId) => void }) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={selected}
      onTabSelect={(_, d) => {
        const screen = SCREENS.find((s) => s.id === d.value);
        if (screen) onSelect(screen.id);
      }}
      aria-label="ขั้นตอน"
    >
      {SCREENS.map((s, i) => (
        <Tab key={s.id} id={tabId(s.id)} value={s.id} aria-controls={panelId(s.id)}>
          {i + 1}. {s.label}
        </Tab>
      ))}
    </TabList>
  );
}
