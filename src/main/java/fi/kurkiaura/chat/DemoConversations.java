package fi.kurkiaura.chat;

import fi.kurkiaura.identity.Account;
import fi.kurkiaura.identity.Accounts;
import fi.kurkiaura.platform.DatabaseSchema;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the demo on ({@code KURKIAURA_DEMO=true}), the first start opens rooms for three of the seed's
 * networks and projects, each with the demo accounts in it and a first message, and a peer group
 * its facilitator leads alone, so that the chat has something to show and a peer group to ask to
 * join. Never without the demo, and only while there is no conversation but the coordinators' ({@link StaffRoom}).
 */
@ApplicationScoped
public class DemoConversations {

    private static final Logger LOG = Logger.getLogger(DemoConversations.class.getName());
    private static final String COORDINATOR = "koordinaattori@demo.kurkiaura.fi";
    private static final String FACILITATOR = "ohjaaja@demo.kurkiaura.fi";
    private static final List<String> MEMBERS = List.of("admin@demo.kurkiaura.fi", COORDINATOR, FACILITATOR, "jasen@demo.kurkiaura.fi");

    /** A demo room: what it is about in the graph, who opened (and moderates) it, and its first message. */
    record DemoRoom(String title, String aboutIri, String opener, String firstMessage) {
    }

    static final List<DemoRoom> ROOMS = List.of(
            new DemoRoom("TyöHäme-verkosto", "https://kurkiaura.fi/id/network/tyohame", COORDINATOR,
                    "Tervetuloa TyöHäme-verkoston huoneeseen! Yhteistyötapaamisten asialistat ja verkoston uutiset tänne."),
            new DemoRoom("Satakunnan Hankeyhteistyö", "https://kurkiaura.fi/id/network/satakunnan-hankeyhteistyo", COORDINATOR,
                    "Verkosto tapaa kuukauden ensimmäisenä perjantaina, ja isännöintivuoro kiertää. Ehdota aiheita seuraavaan tapaamiseen!"),
            new DemoRoom("Jämsä Tehdas", "https://kurkiaura.fi/id/project/jamsa-tehdas", FACILITATOR,
                    "Tervetuloa Jämsä Tehtaan yhteisöön: vinkkaa tapahtumista, työtiloista ja opintopiireistä."));

    static final String PEER_GROUP = "Etätyöntekijöiden vertaisryhmä";
    static final String PEER_GROUP_ABOUT = "https://kurkiaura.fi/id/service/jamsa-tehdas-vertaisryhmat";

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    DatabaseSchema schema;

    @Inject
    Accounts accounts;

    @Inject
    Conversations conversations;

    @Inject
    Memberships memberships;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "kurkiaura.demo", defaultValue = "false")
    boolean demo;

    /** After the demo accounts (AccountBootstrap observes the same event at APPLICATION + 500). */
    void openAtStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Startup startup) {
        if (!demo || schema.problem().isPresent()) {
            return;
        }
        List<GroupCommit.Send> welcomes = openIfNone();
        if (!welcomes.isEmpty()) {
            messages.storeAll(welcomes);
            LOG.info("Opened the demo's chat rooms and peer group");
        }
    }

    /** The rooms and the peer group, and the first message of each room to store; nothing if there are conversations already. */
    @Transactional
    List<GroupCommit.Send> openIfNone() {
        boolean none = entityManager.createQuery("SELECT COUNT(c) FROM Conversation c WHERE c.kind <> :staff", Long.class)
                .setParameter("staff", ConversationKind.STAFF).getSingleResult() == 0;
        Map<String, Long> members = new HashMap<>();
        MEMBERS.forEach(email -> accounts.byEmail(email).map(Account::id).ifPresent(id -> members.put(email, id)));
        if (!none || members.size() < MEMBERS.size()) {
            return List.of();
        }
        List<GroupCommit.Send> welcomes = new ArrayList<>();
        for (DemoRoom demoRoom : ROOMS) {
            Conversation room = conversations.openRoom(demoRoom.title(), demoRoom.aboutIri());
            members.forEach((email, member) -> memberships.add(room.id(), member,
                    email.equals(demoRoom.opener()) ? ConversationMember.Role.MODERATOR : ConversationMember.Role.MEMBER));
            welcomes.add(new GroupCommit.Send(room.id(), members.get(demoRoom.opener()), "demo-welcome", demoRoom.firstMessage()));
        }
        Conversation group = conversations.openPeerGroup(PEER_GROUP, PEER_GROUP_ABOUT, null);
        memberships.add(group.id(), members.get(FACILITATOR), ConversationMember.Role.MODERATOR);
        return welcomes;
    }
}
