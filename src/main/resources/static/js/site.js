/*
 * IOPS platform: the little script the pages need. Everything works without it; with it, a form that has
 * errors is answered in place (htmx swaps just that form, so the reader stays where they were and the address
 * does not change), and focus goes to the error summary the way the GOV.UK pattern does it.
 */
(function () {
  "use strict";

  // loaded in the head, before the page is drawn: the phone menu starts closed instead of flashing open
  document.documentElement.classList.add("js");

  /* The menu button of small screens opens and closes the header's links; Escape closes it. */
  function setMenu(header, open) {
    header.classList.toggle("open", open);
    var toggle = header.querySelector(".menu-toggle");
    if (toggle) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    }
  }

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest ? event.target.closest(".menu-toggle") : null;
    if (toggle) {
      var header = toggle.closest(".site-header");
      setMenu(header, !header.classList.contains("open"));
    }
  });

  document.addEventListener("keydown", function (event) {
    var header = document.querySelector(".site-header.open");
    if (event.key === "Escape" && header) {
      setMenu(header, false);
      header.querySelector(".menu-toggle").focus();
    }
  });

  /* Focus the error summary (or the success notice) in this part of the page, if there is one. */
  function focusFeedback(root) {
    var target = root.querySelector("[data-error-summary]") || root.querySelector("[data-form-notice]");
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "start" });
    }
  }

  /* A link in an error summary focuses its field, and shows the field's label above it. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-error-summary] a[href^='#']") : null;
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    var label = document.querySelector("label[for='" + field.id + "']") || field;
    label.scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
  });

  document.addEventListener("DOMContentLoaded", function () {
    focusFeedback(document);
  });

  /*
   * A form's answer replaces the form when it is a 422 (errors) or when a successful form redirected back to
   * this page (the notice is shown in the form's place). A form that redirected to another page goes there;
   * an error page is shown in place of the page's content.
   */
  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    var arrived = new URL(xhr.responseURL || window.location.href, window.location.href);
    var asked = event.detail.pathInfo && event.detail.pathInfo.requestPath
        ? new URL(event.detail.pathInfo.requestPath, window.location.href) : arrived;
    var redirected = arrived.pathname !== asked.pathname;
    if (xhr.status < 400 && redirected && arrived.pathname !== window.location.pathname) {
      event.detail.shouldSwap = false;
      window.location.assign(arrived.href);
    } else if (xhr.status >= 400 && xhr.status !== 422) {
      // an error page (a limit reached, an expired form): show it in place of the page's content
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      event.detail.target = document.getElementById("main");
      event.detail.selectOverride = "#main";
      event.detail.swapOverride = "outerHTML";
    }
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var swapped = event.detail.elt && document.contains(event.detail.elt) ? event.detail.elt : document;
    focusFeedback(swapped.parentNode || document);
  });
})();
