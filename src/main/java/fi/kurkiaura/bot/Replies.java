package fi.kurkiaura.bot;

import java.util.List;

/** What the bot says, in the asker's language. */
final class Replies {

    private Replies() {
    }

    static String reply(Language language, List<Routing.Answer> answers) {
        if (answers.isEmpty()) {
            return switch (language) {
                case FI -> "En löytänyt verkostosta tähän sopivaa vastausta. Verkoston koordinaattorit auttavat: kysy heiltä verkoston huoneessa chatissa.";
                case SV -> "Jag hittade inget i nätverket som passar din fråga. Nätverkets koordinatorer hjälper dig: fråga dem i nätverkets rum i chatten.";
                case EN -> "I found nothing in the network that fits your question. The network's coordinators can help: ask them in the network's chat room.";
            };
        }
        String best = answers.getFirst().label();
        return switch (language) {
            case FI -> "Parhaiten kysymykseesi sopii " + best + (answers.size() > 1 ? ". Katso myös muut vaihtoehdot." : ".");
            case SV -> "Bäst passar " + best + (answers.size() > 1 ? ". Se också de andra alternativen." : ".");
            case EN -> "The best fit is " + best + (answers.size() > 1 ? ". See also the other options." : ".");
        };
    }

    /** The reply when nothing fits and the question went to the coordinators; they can answer in the chat only someone logged in. */
    static String handedOver(Language language, boolean answerable) {
        return switch (language) {
            case FI -> "En löytänyt verkostosta tähän sopivaa vastausta, joten välitin kysymyksesi verkoston koordinaattoreille. "
                    + (answerable ? "He vastaavat sinulle chatissa." : "Kirjaudu sisään, jos haluat heiltä vastauksen chatissa: nyt he eivät tiedä, kuka kysyi.");
            case SV -> "Jag hittade inget i nätverket som passar din fråga, så jag skickade den vidare till nätverkets koordinatorer. "
                    + (answerable ? "De svarar dig i chatten." : "Logga in om du vill ha svar av dem i chatten: nu vet de inte vem som frågade.");
            case EN -> "I found nothing in the network that fits your question, so I passed it on to the network's coordinators. "
                    + (answerable ? "They will answer you in the chat." : "Log in if you want their answer in the chat: now they do not know who asked.");
        };
    }

    static String area(Language language, String place) {
        return switch (language) {
            case FI -> "alue: " + place;
            case SV -> "område: " + place;
            case EN -> "serves " + place;
        };
    }

    static String audience(Language language, String group) {
        return switch (language) {
            case FI -> "kohderyhmä: " + group;
            case SV -> "målgrupp: " + group;
            case EN -> "for " + group;
        };
    }

    static String provider(Language language, String provider) {
        return switch (language) {
            case FI -> "järjestäjä: " + provider;
            case SV -> "anordnare: " + provider;
            case EN -> "by " + provider;
        };
    }

    static String involved(Language language, Involvement how, String what) {
        return switch (how) {
            case RUNS -> switch (language) {
                case FI -> "vastaa: " + what;
                case SV -> "driver: " + what;
                case EN -> "runs " + what;
            };
            case FUNDS -> switch (language) {
                case FI -> "rahoittaja: " + what;
                case SV -> "finansiär: " + what;
                case EN -> "funder of " + what;
            };
            case PARTNERS -> switch (language) {
                case FI -> "osatoteuttaja: " + what;
                case SV -> "partner i " + what;
                case EN -> "partner in " + what;
            };
            case PRESENTS -> switch (language) {
                case FI -> "alustaja: " + what;
                case SV -> "talare vid " + what;
                case EN -> "speaker at " + what;
            };
            case HOSTS -> switch (language) {
                case FI -> "paikka: " + what;
                case SV -> "plats för " + what;
                case EN -> "venue of " + what;
            };
            case HOSTS_MEETING -> switch (language) {
                case FI -> "isäntä: " + what;
                case SV -> "värd för " + what;
                case EN -> "host of " + what;
            };
        };
    }

    static String nextEvent(Language language, String event, String day) {
        return switch (language) {
            case FI -> "seuraava tapahtuma: " + event + " " + day;
            case SV -> "nästa evenemang: " + event + " " + day;
            case EN -> "next event: " + event + " on " + day;
        };
    }

    static String join(Language language, String conversation, boolean peerGroup) {
        return switch (language) {
            case FI -> (peerGroup ? "vertaisryhmä chatissa: " : "huone chatissa: ") + conversation;
            case SV -> (peerGroup ? "kamratgrupp i chatten: " : "rum i chatten: ") + conversation;
            case EN -> (peerGroup ? "peer group in the chat: " : "chat room: ") + conversation;
        };
    }

    static String help(Language language) {
        return switch (language) {
            case FI -> "Hei! Olen Kurkiauran botti. Kysy minulta verkoston palveluista, hankkeista, tapahtumista ja ihmisistä, esimerkiksi "
                    + "\"työkokeilu Forssassa\" tai \"kuka vetää INKA-hanketta\". Kerro mielellään myös kuntasi ja ikäsi, jos ne vaikuttavat.";
            case SV -> "Hej! Jag är Kurkiauras bot. Fråga mig om nätverkets tjänster, projekt, evenemang och personer, till exempel "
                    + "\"arbetsprövning i Forssa\" eller \"vem leder INKA-projektet\". Berätta gärna din kommun och ålder om de spelar roll.";
            case EN -> "Hi! I am Kurkiaura's bot. Ask me about the network's services, projects, events and people, for example "
                    + "\"work trial in Forssa\" or \"who runs the INKA project\". Tell me your municipality and age if they matter.";
        };
    }

    static String thanks(Language language) {
        return switch (language) {
            case FI -> "Ole hyvä! Kysy lisää milloin vain.";
            case SV -> "Varsågod! Fråga gärna mer när du vill.";
            case EN -> "You are welcome! Ask more any time.";
        };
    }

    static String whichMunicipality(Language language) {
        return switch (language) {
            case FI -> "Missä kunnassa asut tai asioit? Vastaus riippuu siitä.";
            case SV -> "I vilken kommun bor du eller uträttar ärenden? Svaret beror på det.";
            case EN -> "Which municipality do you live or do your business in? The answer depends on it.";
        };
    }

    static String whichAgeGroup(Language language) {
        return switch (language) {
            case FI -> "Kenelle etsit? Vastaus riippuu iästä: valitse sopiva ryhmä.";
            case SV -> "För vem söker du? Svaret beror på åldern: välj rätt grupp.";
            case EN -> "Who is it for? The answer depends on age: pick the group.";
        };
    }

    static String matches(Language language, String kind) {
        return switch (language) {
            case FI -> kind + ", joka vastaa kysymyksesi sanoja";
            case SV -> kind + " som motsvarar orden i din fråga";
            case EN -> "a " + kind + " matching the words of your question";
        };
    }
}
