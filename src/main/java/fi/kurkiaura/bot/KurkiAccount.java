package fi.kurkiaura.bot;

import fi.kurkiaura.identity.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The bot's own account, "Kurki", with which it writes in the chat: made the first time it is
 * needed, without a password, in the reserved {@code .invalid} domain, so that nobody logs in as it.
 */
@ApplicationScoped
public class KurkiAccount {

    static final String EMAIL = "kurki@kurkiaura.invalid";
    static final String NAME = "Kurki";

    @Inject
    Accounts accounts;

    private volatile Long id;

    public long id() {
        Long known = id;
        if (known == null) {
            known = accounts.forProgram(EMAIL, NAME, "fi").id();
            id = known;
        }
        return known;
    }
}
