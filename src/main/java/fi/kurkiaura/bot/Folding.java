package fi.kurkiaura.bot;

/**
 * Letters folded to what people type when their keyboard or patience lacks them: ä and å to a, ö
 * to o, é to e. Applied to every term, in the index and in questions alike, so "tyokokeilu" finds
 * "työkokeilu". Terms shorter than {@value #SHORTEST_FOLDED} letters stay as they are: among them,
 * folding makes too many words one ("sää" and "saa", "pää" and "paa").
 */
final class Folding {

    private Folding() {
    }

    static final int SHORTEST_FOLDED = 4;

    static String fold(String term) {
        if (term.length() < SHORTEST_FOLDED) {
            return term;
        }
        StringBuilder folded = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            folded.append(switch (c) {
                case 'ä', 'å', 'á', 'à' -> 'a';
                case 'ö', 'ø', 'ó' -> 'o';
                case 'é', 'è' -> 'e';
                case 'ü' -> 'u';
                default -> c;
            });
        }
        return folded.toString();
    }
}
