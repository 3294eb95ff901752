// The start page: fills every [data-i18n] element from the message bundle of the chosen language.
// Strings are set as text, never as HTML. The choice is remembered in localStorage, and announced
// to the page's other scripts as a "kurkiaura:language" event carrying the messages (with
// chosen: true when the user picked it). Other scripts ask for a language with a
// "kurkiaura:choose-language" event, or "kurkiaura:use-language" when it is not the user's pick.
(() => {
  "use strict";

  const LANGUAGES = ["fi", "sv", "en"];
  const STORAGE_KEY = "kurkiaura.lang";

  function initialLanguage() {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(stored)) {
      return stored;
    }
    const browser = (navigator.language || "fi").slice(0, 2).toLowerCase();
    return LANGUAGES.includes(browser) ? browser : "fi";
  }

  async function loadMessages(lang) {
    const response = await fetch(`/api/i18n/${lang}`, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      throw new Error(`Message bundle ${lang}: HTTP ${response.status}`);
    }
    return response.json();
  }

  function apply(messages, lang, chosen) {
    document.querySelectorAll("[data-i18n]").forEach((element) => {
      const text = messages[element.dataset.i18n];
      if (text !== undefined) {
        element.textContent = text;
      }
    });
    document.querySelectorAll("[data-i18n-attr]").forEach((element) => {
      const [attribute, key] = element.dataset.i18nAttr.split(":");
      if (messages[key] !== undefined) {
        element.setAttribute(attribute, messages[key]);
      }
    });
    document.querySelectorAll("[data-lang]").forEach((button) => {
      button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
    });
    document.documentElement.lang = lang;
    document.title = `${messages["app.name"]} – ${messages["home.title"]}`;
    document.body.dataset.langReady = lang;
    document.dispatchEvent(new CustomEvent("kurkiaura:language", { detail: { lang, messages, chosen } }));
  }

  async function switchTo(lang, chosen) {
    if (!LANGUAGES.includes(lang)) {
      return;
    }
    const messages = await loadMessages(lang);
    localStorage.setItem(STORAGE_KEY, lang);
    apply(messages, lang, chosen);
  }

  document.addEventListener("kurkiaura:choose-language", (event) => switchTo(event.detail.lang, true));
  document.addEventListener("kurkiaura:use-language", (event) => switchTo(event.detail.lang, false));

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-lang]").forEach((button) => {
      button.addEventListener("click", () => switchTo(button.dataset.lang, true));
    });
    switchTo(initialLanguage(), false);
  });
})();
