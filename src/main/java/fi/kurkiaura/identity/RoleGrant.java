package fi.kurkiaura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A role beyond member, for the whole hub ({@link #HUB}) or for one network, project or peer
 * group, named by its IRI.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    /** The scope of a role that holds everywhere. */
    public static final String HUB = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 16)
    private String role;

    @Column(nullable = false, length = 2000)
    private String scope;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected RoleGrant() {
    }

    RoleGrant(long accountId, String role, String scope, Instant grantedAt) {
        this.accountId = accountId;
        this.role = role;
        this.scope = scope;
        this.grantedAt = grantedAt;
    }

    public long accountId() {
        return accountId;
    }

    public String role() {
        return role;
    }

    public String scope() {
        return scope;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
