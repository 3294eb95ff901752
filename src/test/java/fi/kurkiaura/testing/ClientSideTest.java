package fi.kurkiaura.testing;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** An Arquillian test that deploys the built WAR and talks to it from outside, as clients do. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientSideTest {

    @BeforeAll
    static void databaseOfTheRun() {
        TestDatabase.assumeAvailable();
    }

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KurkiauraDeployment.war();
    }

    @ArquillianResource
    protected URL base;

    protected URI base() {
        return URI.create(base.toString());
    }

    protected URI uri(String path) {
        return URI.create(base + path);
    }
}
