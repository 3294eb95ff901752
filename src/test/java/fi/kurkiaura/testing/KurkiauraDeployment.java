package fi.kurkiaura.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced, as Arquillian deploys it: tests run against the real artifact, not a
 * hand-picked subset of classes. In-container tests add their own class to it.
 */
public final class KurkiauraDeployment {

    private KurkiauraDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("kurkiaura.war", "target/kurkiaura.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No " + war + ": integration tests run after `package` (./mvnw verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "kurkiaura.war").importFrom(war).as(WebArchive.class);
    }
}
