// The directory: search with facets, one resource's details, and who-does-what. Facet options come
// from the public SPARQL endpoint in the current language. Everything is set as text, never HTML.
(() => {
  "use strict";

  const { element, format } = window.kurkiaura;
  const ID = "https://kurkiaura.fi/id/";
  const KINDS = ["organisation", "unit", "network", "person", "project", "service", "event", "place", "concept"];
  const FACETS = {
    municipality: `PREFIX ku: <https://kurkiaura.fi/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?value ?label WHERE { VALUES ?type { ku:Municipality ku:Region } ?value a ?type ; rdfs:label ?label .
      FILTER(lang(?label) = ?lang) } ORDER BY ?label`,
    targetGroup: schemeQuery(["target-group"]),
    topic: schemeQuery(["topic", "service-class"]),
  };

  let messages = {};
  let lang = "fi";

  function schemeQuery(schemes) {
    const values = schemes.map((scheme) => `<${ID}concept/${scheme}>`).join(" ");
    return `PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      SELECT DISTINCT ?value ?label WHERE { VALUES ?scheme { ${values} } ?value skos:inScheme ?scheme ; skos:prefLabel ?label .
      FILTER(lang(?label) = ?lang) } ORDER BY ?label`;
  }

  function text(key, ...args) {
    return format(messages, key, ...args);
  }

  async function getJson(url, accept = "application/json") {
    const response = await fetch(url, { headers: { Accept: accept } });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.error || `HTTP ${response.status}`);
    }
    return body;
  }

  async function facetOptions(name) {
    const query = FACETS[name].replace("?lang", JSON.stringify(lang));
    const answer = await getJson(`/sparql?query=${encodeURIComponent(query)}`, "application/sparql-results+json");
    return answer.results.bindings.map((row) => ({ value: row.value.value, label: row.label.value }));
  }

  async function fillSelects() {
    const options = {
      kind: KINDS.map((kind) => ({ value: kind, label: text(`kind.${kind}`) })),
      municipality: await facetOptions("municipality"),
      targetGroup: await facetOptions("targetGroup"),
      topic: await facetOptions("topic"),
    };
    const anyKey = { kind: "directory.kind.any", municipality: "directory.municipality.any",
      targetGroup: "directory.targetGroup.any", topic: "directory.topic.any" };
    document.querySelectorAll("select[data-options]").forEach((select) => {
      const name = select.dataset.options;
      const chosen = select.value;
      select.replaceChildren(element("option", { value: "", text: text(anyKey[name]) }),
        ...options[name].map((option) => element("option", { value: option.value, text: option.label })));
      select.value = chosen;
      select.setAttribute("aria-label", text(anyKey[name]));
    });
  }

  function query(form) {
    const parameters = new URLSearchParams({ lang });
    new FormData(form).forEach((value, name) => {
      if (String(value).trim() !== "") {
        parameters.set(name, String(value).trim());
      }
    });
    return parameters;
  }

  function resourceLink(iri, label) {
    const href = iri.startsWith(ID) ? `/id/${iri.substring(ID.length)}` : iri;
    const link = element("a", { href, text: label, dataset: { iri } });
    if (iri.startsWith(ID)) {
      link.addEventListener("click", (event) => {
        event.preventDefault();
        showDetail(iri);
      });
    }
    return link;
  }

  async function search(event) {
    event?.preventDefault();
    const status = document.getElementById("directory-status");
    const results = document.getElementById("directory-results");
    document.getElementById("directory-detail").hidden = true;
    results.hidden = false;
    try {
      const page = await getJson(`/api/graph/resources?${query(document.getElementById("directory-search"))}&limit=50`);
      status.textContent = page.total === 0 ? text("directory.none") : text("directory.results", page.total);
      results.replaceChildren(...page.entries.map((entry) => element("li", { dataset: { kind: entry.kind } },
        resourceLink(entry.iri, entry.label), " ", element("span", { class: "kind", text: text(`kind.${entry.kind}`) }),
        ...(entry.description ? [element("p", { text: entry.description.length > 220 ? `${entry.description.slice(0, 220)}…` : entry.description })] : []))));
    } catch (error) {
      status.textContent = text("directory.error", error.message);
      results.replaceChildren();
    }
  }

  function localName(iri) {
    return iri.substring(Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/")) + 1);
  }

  function valueNode(value) {
    if (value.iri) {
      return resourceLink(value.iri, value.label || value.iri);
    }
    if (value.blank) {
      return element("span", { text: Object.entries(value).filter(([name]) => name !== "blank").map(([, v]) => localName(String(v))).join(", ") });
    }
    return element("span", { text: value.value });
  }

  async function showDetail(iri) {
    const detail = document.getElementById("directory-detail");
    try {
      const resource = await getJson(`/api/graph/resource?iri=${encodeURIComponent(iri)}&lang=${lang}`);
      const back = element("button", { type: "button", text: text("directory.back") });
      back.addEventListener("click", () => {
        detail.hidden = true;
        document.getElementById("directory-results").hidden = false;
      });
      const list = element("dl");
      Object.entries(resource.properties).forEach(([property, values]) => {
        list.append(element("dt", { text: localName(property) }), ...values.map((value) => element("dd", {}, valueNode(value))));
      });
      const incoming = element("ul", {}, ...resource.incoming.map((link) =>
        element("li", {}, valueNode(link.from), " ", element("small", { text: localName(link.property) }))));
      detail.replaceChildren(back, element("h3", { text: resource.label }), element("p", {}, element("code", { text: iri })),
        list, element("h4", { text: text("directory.incoming") }), incoming);
      detail.hidden = false;
      document.getElementById("directory-results").hidden = true;
    } catch (error) {
      document.getElementById("directory-status").textContent = text("directory.error", error.message);
    }
  }

  async function whoDoesWhat(event) {
    event.preventDefault();
    const status = document.getElementById("wdw-status");
    const results = document.getElementById("wdw-results");
    const parameters = query(event.target);
    if (![...parameters.keys()].some((name) => name !== "lang")) {
      status.textContent = text("whoDoesWhat.pick");
      results.replaceChildren();
      return;
    }
    try {
      const answer = await getJson(`/api/graph/who-does-what?${parameters}`);
      status.textContent = answer.total === 0 ? text("directory.none") : text("directory.results", answer.total);
      results.replaceChildren(...answer.results.map((match) => element("li", { dataset: { kind: match.kind } },
        resourceLink(match.iri, match.label), " ", element("span", { class: "kind", text: text(`kind.${match.kind}`) }),
        element("p", { class: "why", text: match.why.join("; ") }))));
    } catch (error) {
      status.textContent = text("directory.error", error.message);
    }
  }

  document.addEventListener("kurkiaura:language", async (event) => {
    ({ lang, messages } = event.detail);
    await fillSelects();
    document.getElementById("directory").dataset.ready = lang;
  });

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("directory-search").addEventListener("submit", search);
    document.getElementById("who-does-what").addEventListener("submit", whoDoesWhat);
  });
})();
