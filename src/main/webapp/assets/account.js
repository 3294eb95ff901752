// Accounts in the browser: the header's log-in / profile / log-out area, and the views #login,
// #profile and #invitation/<secret> (the invitation's secret stays in the fragment, which is never
// sent to the server except in the body of the API calls below). Talks to /api/session, /api/me and
// /api/invitations, sending the session's CSRF token with every change. All text is set as text.
(() => {
  "use strict";

  const VIEWS = ["login", "profile", "invitation"];
  let session = { authenticated: false };
  let messages = {};
  let currentLang = "fi";

  function t(key, ...values) {
    let text = messages[key] !== undefined ? messages[key] : key;
    values.forEach((value, index) => { text = text.replace(`{${index}}`, value); });
    return text;
  }

  function api(method, path, body) {
    return window.kurkiaura.call(method, path, body, session.csrfToken);
  }

  function element(tag, text, attributes = {}) {
    const created = document.createElement(tag);
    if (text !== undefined) {
      created.textContent = text;
    }
    Object.entries(attributes).forEach(([name, value]) => created.setAttribute(name, value));
    return created;
  }

  function say(id, text) {
    document.getElementById(id).textContent = text;
  }

  async function refreshSession() {
    const answer = await api("GET", "/api/session");
    session = answer.ok ? answer.data : { authenticated: false };
    renderHeader();
  }

  function renderHeader() {
    const area = document.getElementById("account-area");
    area.replaceChildren();
    if (session.authenticated) {
      const logout = element("button", t("account.logout"), { type: "button", id: "logout" });
      logout.addEventListener("click", logOut);
      area.append(element("a", session.account.displayName, { href: "#profile", id: "account-name" }), logout);
    } else {
      area.append(element("a", t("account.login"), { href: "#login", id: "login-link" }));
    }
  }

  function currentView() {
    const name = location.hash.slice(1).split("/")[0];
    return VIEWS.includes(name) ? name : null;
  }

  function showView() {
    const view = currentView();
    document.querySelectorAll("[data-view]").forEach((section) => { section.hidden = section.dataset.view !== view; });
    document.getElementById("home").hidden = view !== null;
    if (view === "profile") {
      renderProfile();
    } else if (view === "invitation") {
      loadInvitation();
    } else if (view === "login") {
      document.getElementById("oidc-login-area").hidden = !session.oidcLogin;
      say("login-status", location.hash === "#login/oidc-error" ? t("login.oidcFailed") : "");
    }
  }

  function renderProfile() {
    if (!session.authenticated) {
      location.hash = "#login";
      return;
    }
    say("profile-email", session.account.email);
    say("profile-roles", session.roles.map((role) => t(`role.${role}`)).join(", "));
    document.getElementById("profile-name").value = session.account.displayName;
    document.getElementById("profile-language").value = currentLang;
  }

  async function logIn(event) {
    event.preventDefault();
    const form = event.target;
    const answer = await api("POST", "/api/session", { email: form.email.value, password: form.password.value });
    if (!answer.ok) {
      say("login-status", answer.status === 401 ? t("login.failed") : answer.status === 429 ? t("login.locked") : t("error.generic", answer.data.error));
      return;
    }
    form.reset();
    say("login-status", "");
    session = answer.data;
    renderHeader();
    document.dispatchEvent(new CustomEvent("kurkiaura:use-language", { detail: { lang: session.account.language } }));
    location.hash = "";
  }

  async function logOut() {
    await api("DELETE", "/api/session");
    await refreshSession();
    location.hash = "";
  }

  async function saveProfile(event) {
    event.preventDefault();
    const answer = await api("PUT", "/api/me", { displayName: document.getElementById("profile-name").value });
    if (answer.ok) {
      session.account = answer.data;
      renderHeader();
    }
    say("profile-status", answer.ok ? t("profile.saved") : t("error.generic", answer.data.error));
  }

  async function changePassword(event) {
    event.preventDefault();
    const form = event.target;
    const answer = await api("PUT", "/api/me/password", {
      currentPassword: document.getElementById("password-current").value, newPassword: document.getElementById("password-new").value,
    });
    if (answer.ok) {
      form.reset();
    }
    say("password-status", answer.ok ? t("profile.password.changed") : t("error.generic", answer.data.error));
  }

  async function deleteAccount(event) {
    event.preventDefault();
    const answer = await api("DELETE", "/api/me", { password: document.getElementById("delete-password").value });
    if (!answer.ok) {
      say("delete-status", t("error.generic", answer.data.error));
      return;
    }
    event.target.reset();
    await refreshSession();
    location.hash = "";
  }

  function invitationSecret() {
    return location.hash.slice("#invitation/".length);
  }

  async function loadInvitation() {
    const form = document.getElementById("invitation-form");
    form.hidden = true;
    say("invitation-status", "");
    const answer = await api("POST", "/api/invitations/lookup", { token: invitationSecret() });
    if (!answer.ok) {
      say("invitation-about", t("invitation.invalid", answer.data.error));
      return;
    }
    const until = new Date(answer.data.expiresAt).toLocaleDateString(currentLang);
    say("invitation-about", t("invitation.about", t(`role.${answer.data.role}`), answer.data.invitedBy || "–", until));
    form.hidden = false;
  }

  async function acceptInvitation(event) {
    event.preventDefault();
    const form = event.target;
    const answer = await api("POST", "/api/invitations/accept", {
      token: invitationSecret(), displayName: form.displayName.value, email: form.email.value, password: form.password.value, language: currentLang,
    });
    if (!answer.ok) {
      say("invitation-status", t("error.generic", answer.data.error));
      return;
    }
    form.reset();
    session = answer.data;
    renderHeader();
    location.hash = "#profile";
  }

  document.addEventListener("kurkiaura:language", async (event) => {
    messages = event.detail.messages;
    currentLang = event.detail.lang;
    if (event.detail.chosen && session.authenticated && session.account.language !== currentLang) {
      const answer = await api("PUT", "/api/me", { language: currentLang });
      if (answer.ok) {
        session.account = answer.data;
      }
    }
    renderHeader();
    if (currentView() === "profile" && session.authenticated) {
      renderProfile();
    }
  });

  document.addEventListener("DOMContentLoaded", async () => {
    document.getElementById("login-form").addEventListener("submit", logIn);
    document.getElementById("profile-form").addEventListener("submit", saveProfile);
    document.getElementById("password-form").addEventListener("submit", changePassword);
    document.getElementById("delete-form").addEventListener("submit", deleteAccount);
    document.getElementById("invitation-form").addEventListener("submit", acceptInvitation);
    document.getElementById("profile-language").addEventListener("change", (event) => {
      document.dispatchEvent(new CustomEvent("kurkiaura:choose-language", { detail: { lang: event.target.value } }));
    });
    window.addEventListener("hashchange", showView);
    await refreshSession();
    showView();
  });
})();
