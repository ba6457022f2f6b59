/*
 * Mention suggestions for every Markdown textarea that asks for them (data-mentions, set by web/form/field.jte):
 * typing "@ma" lists up to eight members the writer shares a chapter or branch with (GET /mentions), as a listbox
 * the textarea controls (aria-controls, aria-activedescendant, aria-autocomplete=list); ArrowDown and ArrowUp move,
 * Enter or Tab picks, Escape closes. Without this script the textarea is a plain textarea and "@name" still works.
 */
(function () {
  "use strict";

  var TOKEN = /(^|[\s(>])@([\p{L}\p{N}_.-]{1,64})$/u;
  var timer = null;
  var asked = 0;

  function listFor(area) {
    var id = area.id + "-mentions";
    var list = document.getElementById(id);
    if (!list) {
      list = document.createElement("ul");
      list.id = id;
      list.className = "mention-list";
      list.setAttribute("role", "listbox");
      // the page may name the list in its language; else it is named after the textarea's label
      var named = document.querySelector("[data-mentions-label]");
      var label = document.querySelector("label[for='" + area.id + "']");
      list.setAttribute("aria-label", named ? named.getAttribute("data-mentions-label")
          : "@ " + (label ? label.textContent.trim() : ""));
      list.hidden = true;
      area.insertAdjacentElement("afterend", list);
      area.setAttribute("aria-controls", id);
      area.setAttribute("aria-autocomplete", "list");
    }
    return list;
  }

  function close(area) {
    var list = document.getElementById(area.id + "-mentions");
    if (list) {
      list.hidden = true;
      list.innerHTML = "";
    }
    area.removeAttribute("aria-activedescendant");
  }

  function typed(area) {
    var match = TOKEN.exec(area.value.slice(0, area.selectionStart));
    return match ? match[2] : null;
  }

  function show(area, names) {
    var list = listFor(area);
    list.innerHTML = "";
    names.forEach(function (name, index) {
      var option = document.createElement("li");
      option.id = area.id + "-mention-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", index === 0 ? "true" : "false");
      option.textContent = name;
      list.appendChild(option);
    });
    list.hidden = names.length === 0;
    if (names.length) {
      area.setAttribute("aria-activedescendant", area.id + "-mention-0");
    } else {
      area.removeAttribute("aria-activedescendant");
    }
  }

  function ask(area) {
    var query = typed(area);
    if (!query) {
      close(area);
      return;
    }
    var item = area.getAttribute("data-mentions");
    var number = ++asked;
    fetch("/mentions?q=" + encodeURIComponent(query) + (item ? "&item=" + encodeURIComponent(item) : ""),
        { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { names: [] }; })
      .then(function (answer) {
        if (number === asked && document.activeElement === area) {
          show(area, answer.names || []);
        }
      })
      .catch(function () { close(area); });
  }

  function pick(area, option) {
    var before = area.value.slice(0, area.selectionStart);
    var after = area.value.slice(area.selectionStart);
    var query = typed(area);
    if (query === null) {
      return;
    }
    var start = before.length - query.length;
    var inserted = option.textContent + " ";
    area.value = before.slice(0, start) + inserted + after;
    var caret = start + inserted.length;
    area.setSelectionRange(caret, caret);
    close(area);
    area.focus();
  }

  function move(area, list, step) {
    var options = Array.prototype.slice.call(list.querySelectorAll("[role=option]"));
    var current = options.findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
    var next = (current + step + options.length) % options.length;
    options.forEach(function (o, i) { o.setAttribute("aria-selected", i === next ? "true" : "false"); });
    area.setAttribute("aria-activedescendant", options[next].id);
  }

  document.addEventListener("input", function (event) {
    var area = event.target;
    if (!area.matches || !area.matches("textarea[data-mentions]")) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(function () { ask(area); }, 150);
  });

  document.addEventListener("keydown", function (event) {
    var area = event.target;
    if (!area.matches || !area.matches("textarea[data-mentions]")) {
      return;
    }
    var list = document.getElementById(area.id + "-mentions");
    if (!list || list.hidden) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(area, list, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" || event.key === "Tab") {
      var chosen = list.querySelector("[aria-selected=true]");
      if (chosen) {
        event.preventDefault();
        pick(area, chosen);
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(area);
    }
  });

  // a click on a suggestion picks it without taking the focus from the textarea
  document.addEventListener("mousedown", function (event) {
    var option = event.target.closest ? event.target.closest(".mention-list [role=option]") : null;
    if (option) {
      event.preventDefault();
      pick(document.getElementById(option.parentNode.id.replace(/-mentions$/, "")), option);
    }
  });

  document.addEventListener("focusout", function (event) {
    if (event.target.matches && event.target.matches("textarea[data-mentions]")) {
      close(event.target);
    }
  });
})();
