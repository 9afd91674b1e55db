import { rectA1, sheetRef, type Rect } from "../address";
import type { ChangeRecord, SheetModel, WorkbookModel } from "./state";

/**
 * WorksheetCollection.onChanged (ExcelApi 1.9): the add-in registers for it on the host; every
 * change of cell values (by the user or by the add-in itself) is then reported, unless the add-in
 * has turned Runtime.enableEvents off.
 */

/** The change, when Excel would report it now; null when nobody listens or events are off. */
export function changeOf(model: WorkbookModel, sheet: SheetModel, rect: Rect): ChangeRecord | null {
  if (!model.enableEvents || !model.changeEventsRegistered) return null;
  return { worksheetId: sheet.id, address: `${sheetRef(sheet.name)}!${rectA1(rect)}` };
}

const EVENT_MESSAGE_CATEGORY = 65536;
const WORKSHEET_CHANGED = 10;

/** The rich-API event message Excel sends the library for a change. */
export function changeMessage(change: ChangeRecord): unknown {
  const message = JSON.stringify({ changeType: "RangeEdited", source: "Local", ...change });
  return {
    entries: [
      {
        messageCategory: EVENT_MESSAGE_CATEGORY,
        messageType: WORKSHEET_CHANGED,
        targetId: "Workbook",
        message,
      },
    ],
  };
}
