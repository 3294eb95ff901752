/**
 * The browser UI: static assets, message bundles in Finnish, Swedish and English, and HTML views.
 */
package fi.kurkiaura.web;
