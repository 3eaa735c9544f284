// Suggestions while typing in a search box: an ARIA 1.2 combobox over a plain GET form.
// Without this script (or when it fails) the form still submits and the search page answers.
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input[data-suggest]");
  for (var i = 0; i < boxes.length; i++) enhance(boxes[i], i);

  function enhance(input, index) {
    var listId = "suggestions-" + index;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "Suggestions");
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var active = -1, timer = 0, pending = null, items = [];

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function select(next) {
      if (active >= 0) items[active].setAttribute("aria-selected", "false");
      active = next;
      if (active >= 0) {
        items[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", items[active].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(suggestions) {
      // A fresher answer must not move the user's place in the list.
      var chosen = active >= 0 ? items[active].getAttribute("data-url") : null;
      close();
      if (!suggestions.length) return;
      suggestions.forEach(function (s, n) {
        var item = document.createElement("li");
        item.id = listId + "-" + n;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        // Options are not links (no interactive content inside an option); choosing one navigates.
        item.setAttribute("data-url", s.url);
        item.textContent = s.title;
        var type = document.createElement("span");
        type.className = "suggestions__type";
        type.textContent = s.type;
        item.appendChild(type);
        // Keep focus in the box while the pointer picks an option.
        item.addEventListener("mousedown", function (e) { e.preventDefault(); });
        item.addEventListener("click", function () { window.location.href = s.url; });
        list.appendChild(item);
        items.push(item);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      for (var n = 0; n < items.length; n++) {
        if (items[n].getAttribute("data-url") === chosen) { select(n); break; }
      }
    }

    function fetchSuggestions() {
      var text = input.value;
      if (text.trim().length < 2) { close(); return; }
      if (pending) pending.abort();
      pending = typeof AbortController === "function" ? new AbortController() : null;
      fetch(input.getAttribute("data-suggest") + "&q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        signal: pending ? pending.signal : undefined
      }).then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      }).then(function (body) {
        if (input.value === text && document.activeElement === input) show(body.suggestions || []);
      }).catch(function () { /* Offline or limited: the form still works. */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && items.length) {
        e.preventDefault();
        select((active + 1) % items.length);
      } else if (e.key === "ArrowUp" && items.length) {
        e.preventDefault();
        select(active <= 0 ? items.length - 1 : active - 1);
      } else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        window.location.href = items[active].getAttribute("data-url");
      } else if (e.key === "Escape" && !list.hidden) {
        e.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }
})();
