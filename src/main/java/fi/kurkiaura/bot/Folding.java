package fi.kurkiaura.bot;

/**
 * Letters folded to what people type when their keyboard or patience lacks them: ä and å to a, ö
 * to o, é to e. Applied to every term, in the index and in questions alike, so "tyokokeilu" finds
 * "työkokeilu".
 */
final class Folding {

    private Folding() {
    }

    static String fold(String term) {
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
