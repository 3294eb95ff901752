// The bot panel, for anyone, logged in or not: a question in Finnish, Swedish or English, the
// answers as links to the resources with why they fit, a clarifying question's options as buttons
// that ask again with the option added, and a thumbs up or down on the answers. Everything is set
// as text, never HTML.
(() => {
  "use strict";

  const { element, format } = window.kurkiaura;
  const ID = "https://kurkiaura.fi/id/";
  let messages = {};
  let questionToken = null;

  function text(key, ...args) {
    return format(messages, key, ...args);
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function resourceLink(iri, label) {
    return element("a", { href: iri.startsWith(ID) ? `/id/${iri.substring(ID.length)}` : iri, text: label });
  }

  function day(date) {
    const [year, month, dayOfMonth] = date.split("-");
    return `${Number(dayOfMonth)}.${Number(month)}.${year}`;
  }

  /** What to do next about an answer: its provider, a contact, its next event, the conversation to join; each only when there is one. */
  function nextSteps(answer) {
    const steps = [];
    if (answer.provider) {
      steps.push(element("li", { class: "provider" }, `${text("bot.provider")} `, resourceLink(answer.provider.iri, answer.provider.label)));
    }
    if (answer.contact && /^https?:\/\//.test(answer.contact)) {
      steps.push(element("li", { class: "contact" }, `${text("bot.contact")} `, element("a", { href: answer.contact, rel: "noopener", text: answer.contact })));
    }
    if (answer.next) {
      steps.push(element("li", { class: "next-event" }, `${text("bot.nextEvent")} `, resourceLink(answer.next.iri, answer.next.label),
        ` ${day(answer.next.starts)}`));
    }
    if (answer.join) {
      steps.push(element("li", { class: "join" }, `${text(`bot.join.${answer.join.kind}`)} `, element("a", { href: "#chat", text: answer.join.title })));
    }
    return steps.length === 0 ? [] : [element("ul", { class: "next-steps" }, ...steps)];
  }

  function answerItem(answer) {
    return element("li", { dataset: { iri: answer.iri, kind: answer.type } },
      resourceLink(answer.iri, answer.label), answer.starts ? ` ${day(answer.starts)}` : "", " ",
      element("span", { class: "kind", text: text(`kind.${answer.type}`) }),
      element("p", { class: "why", text: answer.why }), ...nextSteps(answer));
  }

  function show(routing, question) {
    const reply = byId("bot-reply");
    reply.textContent = routing.reply;
    reply.lang = routing.lang;
    byId("bot-answers").replaceChildren(...routing.answers.map(answerItem));
    const clarify = byId("bot-clarify");
    clarify.hidden = !routing.clarify;
    if (routing.clarify) {
      byId("bot-clarify-question").textContent = routing.clarify.question;
      byId("bot-clarify-options").replaceChildren(...routing.clarify.options.map((option) => {
        const button = element("button", { type: "button", text: option });
        button.addEventListener("click", () => {
          byId("bot-question").value = `${question} ${option}`;
          ask(byId("bot-question").value);
        });
        return button;
      }));
    }
    questionToken = routing.question;
    byId("bot-feedback").hidden = !questionToken || routing.answers.length === 0;
    byId("bot-feedback").querySelectorAll("button").forEach((button) => { button.disabled = false; });
    byId("bot-answer").hidden = false;
    byId("bot").dataset.answered = String(Date.now());
  }

  async function giveFeedback(helpful) {
    const status = byId("bot-status");
    try {
      const response = await fetch(`/api/bot/questions/${encodeURIComponent(questionToken)}/feedback`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ helpful }),
      });
      if (!response.ok) {
        throw new Error((await response.json()).error || `HTTP ${response.status}`);
      }
      byId("bot-feedback").querySelectorAll("button").forEach((button) => { button.disabled = true; });
      status.textContent = text("bot.helpful.thanks");
    } catch (error) {
      status.textContent = text("bot.error", error.message);
    }
  }

  async function ask(question) {
    const status = byId("bot-status");
    status.textContent = text("bot.thinking");
    try {
      const response = await fetch("/api/bot/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ text: question }),
      });
      const body = await response.json();
      if (!response.ok) {
        throw new Error(body.error || `HTTP ${response.status}`);
      }
      status.textContent = "";
      show(body, question);
    } catch (error) {
      status.textContent = text("bot.error", error.message);
      byId("bot-answer").hidden = true;
    }
  }

  document.addEventListener("kurkiaura:language", (event) => {
    messages = event.detail.messages;
  });

  document.addEventListener("DOMContentLoaded", () => {
    byId("bot-feedback").querySelectorAll("button").forEach((button) => {
      button.addEventListener("click", () => giveFeedback(button.dataset.helpful === "true"));
    });
    byId("bot-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const question = byId("bot-question").value.trim();
      if (question !== "") {
        ask(question);
      }
    });
  });
})();
