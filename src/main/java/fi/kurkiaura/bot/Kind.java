package fi.kurkiaura.bot;

import java.util.Map;

/** What a routable resource is, as the bot's answers name it ("type" in the API). */
enum Kind {
    SERVICE("service", "palvelu", "tjänst", "service"),
    PROJECT("project", "hanke", "projekt", "project"),
    PILOT("pilot", "kokeilu", "pilot", "pilot"),
    EVENT("event", "tapahtuma", "evenemang", "event"),
    ORGANISATION("organisation", "organisaatio", "organisation", "organisation"),
    UNIT("unit", "yksikkö", "enhet", "unit"),
    NETWORK("network", "verkosto", "nätverk", "network"),
    PERSON("person", "henkilö", "person", "person"),
    PLACE("place", "paikka", "plats", "place");

    static final java.util.Set<Kind> ALL = java.util.Collections.unmodifiableSet(java.util.EnumSet.allOf(Kind.class));

    private final String key;
    private final Map<Language, String> names;

    Kind(String key, String fi, String sv, String en) {
        this.key = key;
        this.names = Map.of(Language.FI, fi, Language.SV, sv, Language.EN, en);
    }

    String key() {
        return key;
    }

    String nameIn(Language language) {
        return names.get(language);
    }
}
