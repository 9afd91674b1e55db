import { Field, Input, Select, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { searchTemplates } from "../../../domain/catalogue/searchTemplates";
import { INDICATORS_2562, isIndicatorNumber } from "../../../domain/framework/indicators";
import { TemplateList, type TemplateListProps } from "./TemplateList";

/** The whole catalogue: filter by indicator, search in Thai, pick. */
export function TemplateBrowser(props: Omit<TemplateListProps, "label" | "templates">) {
  const [indicator, setIndicator] = useState("");
  const [query, setQuery] = useState("");
  const templates = useMemo(() => {
    const n = Number(indicator);
    return searchTemplates(query, { indicator: isIndicatorNumber(n) ? n : undefined });
  }, [indicator, query]);
  return (
    <>
      <Field label="ตัวชี้วัด">
        <Select value={indicator} onChange={(_, d) => setIndicator(d.value)}>
          <option value="">ทุกตัวชี้วัด</option>
          {INDICATORS_2562.map((i) => (
            <option key={i.number} value={String(i.number)}>
              {i.number} {i.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="ค้นหามาตรการ" hint="พิมพ์คำภาษาไทย เช่น จัดซื้อ หรือ ร้องเรียน">
        <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <Text role="status">พบ {templates.length} มาตรการ</Text>
      <TemplateList {...props} label="มาตรการในคลัง" templates={templates} />
    </>
  );
}
