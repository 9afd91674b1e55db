import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { createOfficeServices } from "./officeServices";

/* The composition root: the only place that touches the Office globals. */
void Office.onReady(() => {
  const services = createOfficeServices(
    (batch) => Excel.run(batch),
    (name, version) => Office.context.requirements.isSetSupported(name, version),
  );
  const dark = Office.context.officeTheme?.isDarkTheme ?? false;
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <App services={services} />
    </FluentProvider>,
  );
});
