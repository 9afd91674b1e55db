import { FluentProvider } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { TaskpaneServices } from "../../src/taskpane/services";
import { ServicesProvider } from "../../src/taskpane/servicesContext";
import { paneTheme } from "../../src/taskpane/theme";
import { fakeServices } from "./fakeServices";

/** Renders a screen or component inside Fluent and the host services (fakes unless given). */
export function renderWithProviders(ui: ReactElement, services: TaskpaneServices = fakeServices()) {
  const result = render(
    <FluentProvider theme={paneTheme(false)}>
      <ServicesProvider services={services}>{ui}</ServicesProvider>
    </FluentProvider>,
  );
  return { ...result, services };
}
