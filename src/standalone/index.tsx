import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/components/App";
import { WorkbookFileBar } from "../taskpane/components/WorkbookFileBar";
import type { TaskpaneServices } from "../taskpane/services";
import { paneTheme } from "../taskpane/theme";
import { downloadBytes } from "./downloadBytes";
import type { MessageEnd, PageMessage, WorkerMessage } from "./serviceMessages";
import { createStandaloneServices, documentSignals } from "./standaloneServices";
import { workerServices } from "./workerServices";
import { indexedDbStore, memoryStore } from "./workbookStore";

/**
 * The services: in a worker that holds the workbook, so that a large file never freezes the
 * page; where the browser has no workers, the same services in the page itself.
 */
function services(): TaskpaneServices {
  const page = documentSignals(document);
  const store = typeof indexedDB === "undefined" ? memoryStore() : indexedDbStore();
  // Without IndexedDB the page and a worker could not share what is kept, so the page keeps it.
  if (typeof Worker === "undefined" || typeof indexedDB === "undefined")
    return createStandaloneServices(downloadBytes, store, { page });
  const start = () =>
    new Worker(new URL("./standalone.worker.ts", import.meta.url), {
      name: "workbook",
    }) as unknown as MessageEnd<WorkerMessage, PageMessage>;
  return workerServices(start, downloadBytes, store, page);
}

/* The standalone page's composition root: the task pane without Excel, on an .xlsx file kept in IndexedDB. */
const container = document.getElementById("container");
if (container) {
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  createRoot(container).render(
    <FluentProvider theme={paneTheme(dark)} style={{ minHeight: "100vh" }}>
      <App services={services()} fileBar={(props) => <WorkbookFileBar {...props} />} />
    </FluentProvider>,
  );
}
