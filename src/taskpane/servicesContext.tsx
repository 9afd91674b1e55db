import { createContext, useContext, type ReactNode } from "react";
import type { TaskpaneServices } from "./services";

const ServicesContext = createContext<TaskpaneServices | null>(null);

/** Makes the host services available to every screen and hook below it. */
export function ServicesProvider({
  services,
  children,
}: {
  readonly services: TaskpaneServices;
  readonly children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The host services; only inside a ServicesProvider. */
export function useServices(): TaskpaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices needs a ServicesProvider");
  return services;
}
