package fi.kurkiaura.bot;

/**
 * How an actor is involved in a project, a service, an event or a venue, as a question may ask for
 * it: who runs it (its provider, coordinator or organiser; for a venue, who provides the services
 * there), who funds it, or who takes part in carrying it out as a partner.
 */
enum Involvement {
    RUNS, FUNDS, PARTNERS
}
