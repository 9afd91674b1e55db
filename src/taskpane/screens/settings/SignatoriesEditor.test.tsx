import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import type { Signatory } from "../../../domain/model/signatory";
import { SignatoriesEditor } from "./SignatoriesEditor";

const REPORTER: Signatory = { role: "ผู้รายงาน", name: "นางสาวตัวอย่าง ใจดี", position: "นักวิเคราะห์นโยบายและแผน" };
const CLERK: Signatory = { role: "ผู้ตรวจสอบ", name: "ปนาท ตนารรณ", position: "ปลัด", rank: "ว่าที่ ร.ต." };

/** The editor over its own state; `seen` holds every list it handed back. */
function renderEditor(people: readonly Signatory[]) {
  const seen: Signatory[][] = [];
  function Harness() {
    const [list, setList] = useState<readonly Signatory[]>(people);
    return <SignatoriesEditor people={list} onChange={(next) => (seen.push(next), setList(next))} />;
  }
  renderWithProviders(<Harness />);
  return seen;
}

describe("SignatoriesEditor", () => {
  it("shows and edits the rank printed on the signature line, apart from the name", () => {
    const seen = renderEditor([REPORTER, CLERK]);
    const rank = (n: number) => screen.getByLabelText(`ยศ/คำนำหน้าในบรรทัดลงชื่อ (คนที่ ${n})`) as HTMLInputElement;
    expect(rank(1).value).toBe("");
    expect(rank(2).value).toBe("ว่าที่ ร.ต.");
    fireEvent.change(rank(1), { target: { value: "ว่าที่ร้อยตรี" } });
    expect(seen.at(-1)).toEqual([{ ...REPORTER, rank: "ว่าที่ร้อยตรี" }, CLERK]);
  });

  it("moves the rank with its person", () => {
    const seen = renderEditor([REPORTER, CLERK]);
    fireEvent.click(screen.getByRole("button", { name: "ขึ้น ผู้ลงนามคนที่ 2" }));
    expect(seen.at(-1)).toEqual([CLERK, REPORTER]);
    expect((screen.getByLabelText("ยศ/คำนำหน้าในบรรทัดลงชื่อ (คนที่ 1)") as HTMLInputElement).value).toBe("ว่าที่ ร.ต.");
  });
});
