package fi.kurkiaura.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The rows of {@code hub_secret}, each read and written in a transaction of its own. */
@ApplicationScoped
class SecretRows {

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<String> stored(String name) {
        return entityManager.createNativeQuery("SELECT secret FROM hub_secret WHERE name = ?1", String.class)
                .setParameter(1, name).getResultStream().findFirst().map(String.class::cast);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void store(String name, String value) {
        entityManager.createNativeQuery("INSERT INTO hub_secret (name, secret) VALUES (?1, ?2)").setParameter(1, name).setParameter(2, value)
                .executeUpdate();
    }
}
