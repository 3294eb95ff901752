package fi.kurkiaura.bot;

/**
 * How an actor or a venue is involved in a project, a service, an event or a venue, as a question
 * may ask for it: who runs it (its provider, coordinator or organiser; for a venue, who provides
 * the services there), who funds it, who takes part in carrying it out as a partner, who presented
 * or spoke at an event, where it is held (an event's location, the venue a service is given at), or
 * whose turn it is to host a network meeting ({@code ku:host}).
 */
enum Involvement {
    RUNS, FUNDS, PARTNERS, PRESENTS, HOSTS, HOSTS_MEETING
}
