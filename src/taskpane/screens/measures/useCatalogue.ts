import { useEffect, useState } from "react";

/** The catalogue module, loaded on demand. */
export type Catalogue = typeof import("./catalogueData");

export type CatalogueState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly catalogue: Catalogue }
  | { readonly kind: "failed" };

let loading: Promise<Catalogue> | null = null;

/** Starts loading the catalogue (once; a failed load is tried again on the next call). */
export function loadCatalogue(): Promise<Catalogue> {
  loading ??= import("./catalogueData").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The catalogue once its chunk has arrived; "failed" when it could not be fetched. */
export function useCatalogue(): CatalogueState {
  const [state, setState] = useState<CatalogueState>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    loadCatalogue().then(
      (catalogue) => live && setState({ kind: "ready", catalogue }),
      () => live && setState({ kind: "failed" }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
