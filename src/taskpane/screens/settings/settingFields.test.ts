import { formKeys, settingsFormProblems } from "../../../app/settingsForm";
import { SETTING_ORDER } from "../../../domain/input/inputLayout";
import { settingsForm } from "../../../../tests/taskpane/fakeServices";
import { fieldKind, isDraftedText, settingGroups } from "./settingFields";

describe("settingGroups", () => {
  it("puts every setting of the sheet in exactly one group", () => {
    const keys = settingGroups().flatMap((g) => g.keys);
    expect([...keys].sort()).toEqual([...SETTING_ORDER].sort());
  });

  it("puts the texts that replace drafts last, in the sheet's order, then the instruments' texts the sheet has rows for", () => {
    const form = settingsForm(
      {},
      {
        values: {
          ...settingsForm().values,
          "analysis:IIT": "",
          "analysis:CIT": "",
          "plan:IIT": "",
          "finding:8": "",
        },
      },
    );
    const groups = settingGroups(formKeys(form));
    const last = groups.at(-1)!;
    expect(last.title).toBe("ข้อความในรายงาน (เว้นว่างไว้เพื่อใช้ข้อความที่ร่างให้)");
    expect(last.keys).toEqual([
      ...SETTING_ORDER.filter((k) => isDraftedText(k)),
      "analysis:IIT",
      "analysis:CIT",
      "plan:IIT",
      "finding:8",
    ]);
    expect(last.keys).toEqual(
      expect.arrayContaining(["memoSubject", "memoFacts", "progressIntro", "analysisLowest"]),
    );
    expect(groups.at(-2)!.keys).toEqual(
      expect.arrayContaining(["memoTo", "memoReference", "memoOitItem", "website"]),
    );
    expect(last.keys).not.toContain("memoReference");
  });
});

describe("fieldKind", () => {
  it("takes choices, long texts and hints from the settings layout", () => {
    expect(fieldKind("round")).toMatchObject({
      kind: "radio",
      options: ["รอบ 6 เดือน", "รอบ 12 เดือน"],
    });
    expect(fieldKind("orgKind")).toMatchObject({ kind: "select" });
    expect(fieldKind("problems")).toMatchObject({ kind: "textarea" });
    expect(fieldKind("fiscalYear")).toMatchObject({
      kind: "text",
      inputMode: "numeric",
      hint: "ปีงบประมาณของรายงาน เช่น 2567",
    });
    expect(fieldKind("analysis:CIT")).toEqual({
      kind: "textarea",
      hint: "เว้นว่าง: โปรแกรมร่างจากคะแนนแบบวัด CIT",
    });
    // A title may be typed on lines of its own (they print as typed).
    expect(fieldKind("title:plan")).toMatchObject({ kind: "textarea" });
    expect(fieldKind("finding:8")).toEqual({
      kind: "textarea",
      hint: "ตัวชี้วัดที่ 8: พิมพ์ใต้แบบวัดของตัวชี้วัดนี้ในข้อ 3 ของรายงานวิเคราะห์ผล (เว้นว่าง: ไม่พิมพ์)",
    });
  });
});

describe("settingsFormProblems", () => {
  it.each([
    ["fiscalYear", "2567", undefined],
    ["fiscalYear", "๒๕๖๗", undefined],
    ["fiscalYear", "2024", '"2024" เป็นปี ค.ศ. กรุณากรอกเป็นปี พ.ศ. (2567)'],
    ["fontSize", "16", undefined],
    ["fontSize", "72", "ขนาดอักษรต้องเป็นตัวเลข 8–36"],
    ["fontSize", "๑๖", undefined], // Thai digits, as in every other number
    ["fontSize", "๗๒", "ขนาดอักษรต้องเป็นตัวเลข 8–36"],
    ["fontSize", "0x10", "ขนาดอักษรต้องเป็นตัวเลข 8–36"], // Number() reads it as 16
    ["reportDate", "30 กันยายน 2567", undefined],
    ["reportDate", "สิ้นเดือน", 'อ่านวันที่ "สิ้นเดือน" ไม่ได้ กรุณากรอกเช่น 30 กันยายน 2567'],
    ["fiscalYear", "", undefined], // blanks are the checker's job
  ] as const)("%s %p → the sheet reader's words %p", (key, value, problem) => {
    const form = settingsForm({ round: "รอบ 6 เดือน", digitStyle: "เลขไทย", [key]: value });
    expect(settingsFormProblems(form)[key]?.text).toBe(problem);
  });
});
