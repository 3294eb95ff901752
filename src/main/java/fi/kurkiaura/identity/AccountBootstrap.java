package fi.kurkiaura.identity;

import fi.kurkiaura.platform.DatabaseSchema;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts a hub starts with. The first admin comes from configuration
 * ({@code KURKIAURA_ADMIN_EMAIL}, {@code KURKIAURA_ADMIN_PASSWORD}) when no admin exists yet. With
 * the demo profile on ({@code KURKIAURA_DEMO=true}; the README's run command sets it) the demo
 * accounts exist too, with the password the README gives; they are never created otherwise.
 */
@ApplicationScoped
public class AccountBootstrap {

    static final String DEMO_PASSWORD = "kurkiaura-demo";
    static final String DEMO_NETWORK = "https://kurkiaura.fi/id/network/tyohame";

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    /** A demo account: who, in which language, with which role (null: member only) for which scope. */
    record DemoAccount(String email, String displayName, String language, String role, String scope) {
    }

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin@demo.kurkiaura.fi", "Aino Ylläpitäjä", "fi", Roles.ADMIN, RoleGrant.HUB),
            new DemoAccount("koordinaattori@demo.kurkiaura.fi", "Kaisa Koordinaattori", "fi", Roles.COORDINATOR, DEMO_NETWORK),
            new DemoAccount("ohjaaja@demo.kurkiaura.fi", "Olli Ohjaaja", "fi", Roles.FACILITATOR, RoleGrant.HUB),
            new DemoAccount("jasen@demo.kurkiaura.fi", "Sara Medlem", "sv", null, null));

    @Inject
    DatabaseSchema schema;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "kurkiaura.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "kurkiaura.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "kurkiaura.demo", defaultValue = "false")
    boolean demo;

    /** After the schema migration, which observes the same event at the default priority. */
    void createAtStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) Startup startup) {
        if (schema.problem().isPresent()) {
            return;
        }
        bootstrapAdmin();
        if (demo) {
            DEMO_ACCOUNTS.forEach(this::ensureDemoAccount);
            LOG.info("Demo accounts are on (password '" + DEMO_PASSWORD + "', see README): "
                    + DEMO_ACCOUNTS.stream().map(DemoAccount::email).toList());
        }
    }

    private void bootstrapAdmin() {
        boolean anyAdmin = accounts.all().stream().anyMatch(account -> accounts.rolesOf(account.id()).contains(Roles.ADMIN));
        if (anyAdmin) {
            return;
        }
        if (adminEmail.isEmpty() || adminPassword.isEmpty()) {
            LOG.warning("No admin account yet: set KURKIAURA_ADMIN_EMAIL and KURKIAURA_ADMIN_PASSWORD and restart to create the first one");
            return;
        }
        Account admin = accounts.byEmail(adminEmail.get())
                .orElseGet(() -> accounts.register(adminEmail.get(), "Admin", "fi", adminPassword.get()));
        accounts.grant(admin.id(), Roles.ADMIN, RoleGrant.HUB, null);
        LOG.info("Created the first admin account from configuration: " + admin.email());
    }

    private void ensureDemoAccount(DemoAccount demoAccount) {
        if (accounts.byEmail(demoAccount.email()).isPresent()) {
            return;
        }
        Account account = accounts.register(demoAccount.email(), demoAccount.displayName(), demoAccount.language(), DEMO_PASSWORD);
        if (demoAccount.role() != null) {
            accounts.grant(account.id(), demoAccount.role(), demoAccount.scope(), null);
        }
    }
}
