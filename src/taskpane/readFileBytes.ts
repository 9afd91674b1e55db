/** The bytes of a file the user picked or dropped (FileReader works in every browser the pane runs in). */
export function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(reader.result)
        : reject(new Error("อ่านไฟล์ไม่ได้"));
    reader.onerror = () => reject(reader.error ?? new Error("อ่านไฟล์ไม่ได้"));
    reader.readAsArrayBuffer(file);
  });
}
