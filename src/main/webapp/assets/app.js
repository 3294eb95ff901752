// The start page: fills every [data-i18n] element from the message bundle of the chosen language.
// Strings are set as text, never as HTML. The choice is remembered in localStorage, and announced
// to the page's other scripts as a "kurkiaura:language" event carrying the messages.
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

  function apply(messages, lang) {
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
    document.dispatchEvent(new CustomEvent("kurkiaura:language", { detail: { lang, messages } }));
  }

  async function switchTo(lang) {
    const messages = await loadMessages(lang);
    localStorage.setItem(STORAGE_KEY, lang);
    apply(messages, lang);
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-lang]").forEach((button) => {
      button.addEventListener("click", () => switchTo(button.dataset.lang));
    });
    switchTo(initialLanguage());
  });
})();
