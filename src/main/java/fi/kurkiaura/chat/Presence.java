package fi.kurkiaura.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Who is online, kept cheap: an account is online while it has a connection on this node. Changes
 * are collected and sent every {@value #BATCH_SECONDS} seconds as one {@code presence} frame, only
 * to accounts that share a conversation with someone who came or went.
 */
@ApplicationScoped
public class Presence {

    static final int BATCH_SECONDS = 5;

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Fanout fanout;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Long, Integer> connections = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> changed = new ConcurrentHashMap<>();
    private ScheduledFuture<?> batches;

    @PostConstruct
    void start() {
        batches = scheduler.scheduleWithFixedDelay(this::sendChanges, BATCH_SECONDS, BATCH_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        batches.cancel(false);
    }

    void connected(long accountId) {
        if (connections.merge(accountId, 1, Integer::sum) == 1) {
            changed.put(accountId, true);
        }
    }

    void disconnected(long accountId) {
        if (connections.merge(accountId, -1, (count, minus) -> count + minus <= 0 ? null : count + minus) == null) {
            changed.put(accountId, false);
        }
    }

    public boolean isOnline(long accountId) {
        return connections.containsKey(accountId);
    }

    /** The members of a conversation who are online now. */
    public List<Long> online(List<Long> members) {
        return members.stream().filter(this::isOnline).toList();
    }

    void sendChanges() {
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, Boolean> batch = Map.copyOf(changed);
        batch.forEach(changed::remove);
        List<Long> sharing = entityManager.createQuery("SELECT DISTINCT other.key.accountId FROM ConversationMember mine, ConversationMember other "
                + "WHERE mine.key.accountId IN :changed AND other.key.conversationId = mine.key.conversationId", Long.class)
                .setParameter("changed", batch.keySet()).getResultList();
        JsonArrayBuilder online = Json.createArrayBuilder();
        JsonArrayBuilder offline = Json.createArrayBuilder();
        batch.forEach((account, isOnline) -> (isOnline ? online : offline).add(account));
        String frame = Json.createObjectBuilder().add("type", "presence").add("online", online).add("offline", offline).build().toString();
        Set<Long> told = new HashSet<>(sharing);
        told.stream().filter(this::isOnline).forEach(account -> fanout.tell(account, frame));
    }
}
