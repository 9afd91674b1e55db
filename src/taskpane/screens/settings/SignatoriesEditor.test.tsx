import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { renderWithProviders } from "../../../../tests/taskpane/renderWithProviders";
import type { Signatory } from "../../../domain/model/signatory";
import { SignatoriesEditor } from "./SignatoriesEditor";

const REPORTER: Signatory = {
  role: "ผู้รายงาน",
  name: "นางสาวตัวอย่าง ใจดี",
  position: "นักวิเคราะห์นโยบายและแผน",
};
const CLERK: Signatory = {
  role: "ผู้ตรวจสอบ",
  name: "ปนาท ตนารรณ",
  position: "ปลัด",
  rank: "ว่าที่ ร.ต.",
};

/** The editor over its own state; `seen` holds every list it handed back. */
function renderEditor(people: readonly Signatory[]) {
  const seen: Signatory[][] = [];
  function Harness() {
    const [list, setList] = useState<readonly Signatory[]>(people);
    return (
      <SignatoriesEditor people={list} onChange={(next) => (seen.push(next), setList(next))} />
    );
  }
  renderWithProviders(<Harness />);
  return seen;
}

describe("SignatoriesEditor", () => {
  it("shows and edits the rank printed on the signature line, apart from the name", () => {
    const seen = renderEditor([REPORTER, CLERK]);
    const rank = (n: number) =>
      screen.getByLabelText(`ยศ/คำนำหน้าในบรรทัดลงชื่อ (คนที่ ${n})`) as HTMLInputElement;
    expect(rank(1).value).toBe("");
    expect(rank(2).value).toBe("ว่าที่ ร.ต.");
    fireEvent.change(rank(1), { target: { value: "ว่าที่ร้อยตรี" } });
    expect(seen.at(-1)).toEqual([{ ...REPORTER, rank: "ว่าที่ร้อยตรี" }, CLERK]);
  });

  it("moves the rank with its person", () => {
    const seen = renderEditor([REPORTER, CLERK]);
    fireEvent.click(screen.getByRole("button", { name: "ขึ้น ผู้ลงนามคนที่ 2" }));
    expect(seen.at(-1)).toEqual([CLERK, REPORTER]);
    expect((screen.getByLabelText("ยศ/คำนำหน้าในบรรทัดลงชื่อ (คนที่ 1)") as HTMLInputElement).value).toBe(
      "ว่าที่ ร.ต.",
    );
  });

  it("puts the focus on the new signatory's first field when one is added, so typing goes there", () => {
    const seen = renderEditor([REPORTER]);
    const add = screen.getByRole("button", { name: "เพิ่มผู้ลงนาม" });
    add.focus();
    fireEvent.click(add);
    const role = screen.getByLabelText("บทบาท (คนที่ 2)");
    expect(document.activeElement).toBe(role);
    fireEvent.change(document.activeElement!, { target: { value: "ทราบ" } });
    expect(seen.at(-1)![1]).toEqual({ role: "ทราบ", name: "", position: "" });
  });

  it("leaves the focus where it is when the list changes otherwise", () => {
    renderEditor([REPORTER, CLERK]);
    const remove = screen.getByRole("button", { name: "ลบ ผู้ลงนามคนที่ 2" });
    const name = screen.getByLabelText("ชื่อ-นามสกุล (คนที่ 1)");
    name.focus();
    fireEvent.change(name, { target: { value: "นาย ก" } });
    expect(document.activeElement).toBe(name);
    fireEvent.click(remove);
    expect(screen.queryByLabelText("บทบาท (คนที่ 2)")).toBeNull();
    expect(document.activeElement).not.toBe(screen.getByLabelText("บทบาท (คนที่ 1)"));
  });

  it("gives the focus, lost with the last signatory's remove button, to the add button", () => {
    renderEditor([REPORTER, CLERK]);
    const remove = screen.getByRole("button", { name: "ลบ ผู้ลงนามคนที่ 2" });
    remove.focus();
    fireEvent.click(remove);
    expect(screen.queryByLabelText("บทบาท (คนที่ 2)")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "เพิ่มผู้ลงนาม" }));
    // And so with the only one left.
    const first = screen.getByRole("button", { name: "ลบ ผู้ลงนามคนที่ 1" });
    first.focus();
    fireEvent.click(first);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "เพิ่มผู้ลงนาม" }));
  });
});
