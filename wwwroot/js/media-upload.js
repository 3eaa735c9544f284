// Drag and drop, and a progress bar per file, for the media library's upload form. Each file is
// posted on its own to the same form handler a plain submit uses, so the server's checks and its
// refusal reasons are the same; the outcome is read from the page the server answers with.
// Without this script the form still posts every chosen file at once.
const form = document.querySelector("form[data-upload]");
if (form && "FormData" in window && "upload" in new XMLHttpRequest()) enhance(form);

function enhance(form) {
  const input = form.querySelector("input[type=file]");
  const zone = form.querySelector("[data-drop-zone]");
  const report = form.querySelector("[data-upload-report]");
  const status = form.querySelector("[data-upload-status]");
  const list = form.querySelector("[data-upload-list]");
  const zoneText = zone.querySelector("p");
  const idleText = zoneText.textContent;
  const max = Number(form.dataset.uploadMax) || Infinity;
  const text = (name, ...values) =>
    values.reduce((s, v, i) => s.replaceAll(`{${i}}`, String(v)), form.dataset[name] || "");
  let busy = false;

  zone.hidden = false;
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (e) => {
      e.preventDefault();
      zone.classList.add("drop-zone-active");
      zoneText.textContent = form.dataset.textActive;
    });
  }
  for (const type of ["dragleave", "drop"]) {
    zone.addEventListener(type, () => {
      zone.classList.remove("drop-zone-active");
      zoneText.textContent = idleText;
    });
  }
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) uploadAll([...e.dataTransfer.files]);
  });
  // A file dropped beside the zone would otherwise replace the page (and lose the form).
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());

  form.addEventListener("submit", (e) => {
    if (!input.files || input.files.length === 0) return; // the server says "choose a file"
    e.preventDefault();
    uploadAll([...input.files]);
  });

  async function uploadAll(files) {
    if (busy) return;
    busy = true;
    report.hidden = false;
    list.replaceChildren();
    let stored = 0;
    let lastPage = null;
    for (const [index, file] of files.entries()) {
      status.textContent = text("textUploading", index + 1, files.length, file.name);
      const row = document.createElement("li");
      const label = document.createElement("span");
      label.textContent = file.name;
      const bar = document.createElement("progress");
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute("aria-label", text("textProgress", file.name));
      row.append(label, " ", bar);
      list.append(row);
      const outcome = file.size > max ? { message: text("textTooLarge", file.name) } : await send(file, bar);
      bar.value = 100;
      row.replaceChildren(outcome.message);
      if (outcome.stored) stored++;
      if (outcome.page) lastPage = outcome.page;
    }
    // The last answer holds the folder's list with the new files in it.
    const fresh = lastPage && lastPage.getElementById("media-items");
    const current = document.getElementById("media-items");
    if (fresh && current) current.replaceWith(document.adoptNode(fresh));
    status.textContent = text("textDone", stored, files.length);
    input.value = "";
    busy = false;
  }

  function send(file, bar) {
    const body = new FormData(form);
    body.delete(input.name);
    body.append(input.name, file, file.name);
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.responseType = "document";
      request.upload.addEventListener("progress", (e) => {
        if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100);
      });
      request.addEventListener("load", () => {
        const page = request.response;
        const said = page && page.querySelector("[data-upload-outcomes] li, .error-summary li");
        if (request.status === 200 && said) {
          resolve({ message: said.textContent.trim(), stored: !!page.querySelector("[data-upload-outcomes] [data-stored]"), page });
        } else {
          resolve({ message: text("textStatus", file.name, request.status) });
        }
      });
      request.addEventListener("error", () => resolve({ message: text("textNetwork", file.name) }));
      request.send(body);
    });
  }
}
