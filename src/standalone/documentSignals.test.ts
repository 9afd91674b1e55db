/**
 * @jest-environment jsdom
 */
import { documentSignals } from "./standaloneServices";

describe("the page's signals to the keep", () => {
  it("tells of each key, click and input anywhere in the page, until stopped", () => {
    const onInput = jest.fn();
    const stop = documentSignals(document).onInput(onInput);
    const field = document.body.appendChild(document.createElement("input"));
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "9", bubbles: true }));
    field.dispatchEvent(new Event("input", { bubbles: true }));
    document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    expect(onInput).toHaveBeenCalledTimes(3);
    stop();
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "9", bubbles: true }));
    expect(onInput).toHaveBeenCalledTimes(3);
  });

  it("tells when the page is hidden, not when it is shown again", () => {
    const onHidden = jest.fn();
    documentSignals(document).onHidden(onHidden);
    const show = (state: "hidden" | "visible") => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
      document.dispatchEvent(new Event("visibilitychange"));
    };
    show("visible");
    expect(onHidden).not.toHaveBeenCalled();
    show("hidden");
    expect(onHidden).toHaveBeenCalledTimes(1);
  });
});
