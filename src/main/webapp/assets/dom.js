// Helpers the page's scripts share: elements built with text, never HTML, and message templates
// filled in ("Tuloksia: {0}").
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
});
