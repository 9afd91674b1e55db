import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";
import { SCREENS, panelId, tabId, type ScreenId } from "../screens/screens";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXS },
  tab: {
    appearance: "none",
    border: "none",
    background: "none",
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}`,
    borderBottomLeftRadius: 0,
    borderBottomRightRadius: 0,
  },
});

/**
 * The screens as numbered tabs, in working order (the WAI-ARIA tabs pattern: one Tab stop, the
 * arrow keys, Home and End move between tabs, Enter or Space opens one). Written here rather than
 * Fluent's TabList, whose focus helpers are focusable elements hidden from screen readers.
 */
export function ScreenTabs({
  selected,
  onSelect,
}: {
  readonly selected: ScreenId;
  readonly onSelect: (id: ScreenId) => void;
}) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const tabs = [...(list.current?.querySelectorAll<HTMLButtonElement>("[role=tab]") ?? [])];
    const at = tabs.indexOf(e.currentTarget);
    const to = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: tabs.length - 1,
    }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    tabs[(to + tabs.length) % tabs.length]?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label="ขั้นตอน" className={styles.list}>
      {SCREENS.map((s, i) => {
        const isSelected = s.id === selected;
        return (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={tabId(s.id)}
            aria-selected={isSelected}
            aria-controls={panelId(s.id)}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(s.id)}
            onKeyDown={onKeyDown}
          >
            {i + 1}. {s.label}
          </button>
        );
      })}
    </div>
  );
}
