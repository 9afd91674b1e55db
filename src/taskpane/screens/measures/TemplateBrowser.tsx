import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { CATALOGUE_FRAMEWORK } from "../../../domain/catalogue/catalogueFramework";
import { hasIndicator } from "../../../domain/framework/itaFramework";
import { TemplateList, type TemplateListProps } from "./TemplateList";
import type { Catalogue } from "./useCatalogue";

const useStyles = makeStyles({
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    "& > summary": {
      cursor: "pointer",
      padding: `${tokens.spacingVerticalXS} 0`,
      fontWeight: tokens.fontWeightSemibold,
    },
    "& > ul": { paddingTop: tokens.spacingVerticalS },
  },
  groups: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/**
 * The whole catalogue, compact: one closed group per indicator until the user filters by an
 * indicator or searches in Thai, then the matching templates as one list.
 */
export function TemplateBrowser({
  catalogue,
  ...props
}: Omit<TemplateListProps, "label" | "templates"> & { readonly catalogue: Catalogue }) {
  const styles = useStyles();
  const { searchTemplates, templatesForIndicator } = catalogue;
  const [indicator, setIndicator] = useState("");
  const [query, setQuery] = useState("");
  const filtered = indicator !== "" || query.trim() !== "";
  const templates = useMemo(() => {
    const n = Number(indicator);
    return searchTemplates(query, {
      indicator: hasIndicator(CATALOGUE_FRAMEWORK, n) ? n : undefined,
    });
  }, [indicator, query, searchTemplates]);
  return (
    <>
      <Field label="ตัวชี้วัด">
        <Select value={indicator} onChange={(_, d) => setIndicator(d.value)}>
          <option value="">ทุกตัวชี้วัด</option>
          {CATALOGUE_FRAMEWORK.indicators.map((i) => (
            <option key={i.number} value={String(i.number)}>
              {i.number} {i.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="ค้นหามาตรการ" hint="พิมพ์คำภาษาไทย เช่น จัดซื้อ หรือ ร้องเรียน">
        <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <Text>พบ {templates.length} มาตรการ</Text>
      {filtered ? (
        <TemplateList {...props} label="มาตรการในคลัง" templates={templates} />
      ) : (
        <div className={styles.groups} role="list" aria-label="มาตรการในคลังตามตัวชี้วัด">
          {CATALOGUE_FRAMEWORK.indicators.map((i) => {
            const own = templatesForIndicator(i.number);
            return (
              <details key={i.number} className={styles.group} role="listitem">
                <summary>
                  ตัวชี้วัดที่ {i.number} {i.name} ({own.length})
                </summary>
                <TemplateList
                  {...props}
                  label={`มาตรการในคลังของตัวชี้วัดที่ ${i.number}`}
                  templates={own}
                />
              </details>
            );
          })}
        </div>
      )}
    </>
  );
}
