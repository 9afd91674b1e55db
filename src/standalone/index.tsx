import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/components/App";
import { paneTheme } from "../taskpane/theme";
import { downloadBytes } from "./downloadBytes";
import { createStandaloneServices } from "./standaloneServices";

/* The standalone page's composition root: the task pane without Excel, on an .xlsx file. */
const container = document.getElementById("container");
if (container) {
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  createRoot(container).render(
    <FluentProvider theme={paneTheme(dark)} style={{ minHeight: "100vh" }}>
      <App services={createStandaloneServices(downloadBytes)} />
    </FluentProvider>,
  );
}
