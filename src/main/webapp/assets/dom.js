// Helpers the page's scripts share: elements built with text, never HTML, message templates
// filled in ("Tuloksia: {0}"), and JSON calls to the hub's API with the session's CSRF token.
window.kurkiaura = Object.freeze({
  element(tag, properties = {}, ...children) {
    const node = document.createElement(tag);
    Object.entries(properties).forEach(([name, value]) => {
      if (name === "text") {
        node.textContent = value;
      } else if (name === "dataset") {
        Object.assign(node.dataset, value);
      } else {
        node.setAttribute(name, value);
      }
    });
    children.forEach((child) => node.append(child));
    return node;
  },

  format(messages, key, ...args) {
    const template = messages[key] ?? key;
    return args.reduce((result, arg, index) => result.replace(`{${index}}`, arg), template);
  },

  /** A local date or date and time from the API ("2027-01-01T10:00:00") as people write it ("1.1.2027 10:00"). */
  shownTime(local) {
    const [day, time] = local.split("T");
    const [year, month, date] = day.split("-");
    return `${Number(date)}.${Number(month)}.${year}${time ? ` ${time.slice(0, 5)}` : ""}`;
  },

  /** Who is logged in now: {authenticated, account, roles, csrfToken}. */
  async session() {
    const response = await fetch("/api/session", { headers: { Accept: "application/json" }, credentials: "same-origin" });
    return response.ok ? response.json() : { authenticated: false };
  },

  /** A JSON call: {ok, status, data}; a refusal's data is the hub's {"error": "..."}. */
  async call(method, path, body, csrfToken) {
    const headers = { Accept: "application/json" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    if (method !== "GET" && csrfToken) {
      headers["X-CSRF-Token"] = csrfToken;
    }
    const response = await fetch(path, { method, headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (notJson) {
      data = { error: `HTTP ${response.status}` };
    }
    return { ok: response.ok, status: response.status, data };
  },

  /** The labels of resources of the graph in a language (else Finnish, else any), by IRI, from the public SPARQL endpoint. */
  async labels(iris, lang) {
    const unique = [...new Set(iris.filter(Boolean))];
    if (unique.length === 0) {
      return {};
    }
    const query = `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?resource (SAMPLE(COALESCE(?asked, ?finnish, ?any)) AS ?label) WHERE {
        VALUES ?resource { ${unique.map((iri) => `<${iri}>`).join(" ")} }
        OPTIONAL { ?resource rdfs:label ?asked FILTER(lang(?asked) = ${JSON.stringify(lang)}) }
        OPTIONAL { ?resource rdfs:label ?finnish FILTER(lang(?finnish) = "fi") }
        OPTIONAL { ?resource rdfs:label ?any }
      } GROUP BY ?resource`;
    const response = await fetch(`/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: "application/sparql-results+json" } });
    if (!response.ok) {
      return {};
    }
    const answer = await response.json();
    return Object.fromEntries(answer.results.bindings.filter((row) => row.label).map((row) => [row.resource.value, row.label.value]));
  },
});
