import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/components/App";
import { WorkbookFileBar } from "../taskpane/components/WorkbookFileBar";
import { paneTheme } from "../taskpane/theme";
import { downloadBytes } from "./downloadBytes";
import { createStandaloneServices, documentSignals } from "./standaloneServices";
import { indexedDbStore, memoryStore } from "./workbookStore";

/* The standalone page's composition root: the task pane without Excel, on an .xlsx file kept in IndexedDB. */
const container = document.getElementById("container");
if (container) {
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const store = typeof indexedDB === "undefined" ? memoryStore() : indexedDbStore();
  createRoot(container).render(
    <FluentProvider theme={paneTheme(dark)} style={{ minHeight: "100vh" }}>
      <App services={createStandaloneServices(downloadBytes, store, { page: documentSignals(document) })} fileBar={(props) => <WorkbookFileBar {...props} />} />
    </FluentProvider>,
  );
}
