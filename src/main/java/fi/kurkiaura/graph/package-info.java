/**
 * The network as a linked-data graph: the Jena store, its transactions, seed data and REST access.
 */
package fi.kurkiaura.graph;
