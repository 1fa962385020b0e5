package io.holcstore.it.store;

import static io.holcstore.testing.StoreFixtures.assertMentions;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.TestDeployments;

/**
 * A WAR declaring an invalid store does not deploy on Payara: the library's check of the settings fails the
 * application's start, with an error naming the entity and the setting. Deployed by hand ({@code managed = false}),
 * so that the test sees the failure and what Micro printed while it happened (the adapter echoes Micro's console
 * on this JVM's {@code System.out}).
 */
@ExtendWith(ArquillianExtension.class)
class DeploymentRefusalIT {

    private static final String INVALID = "invalid-store";

    @Deployment(name = INVALID, managed = false)
    static WebArchive invalidStore() {
        return TestDeployments.war(INVALID).entities(DstSplittingStepStore.class).build();
    }

    @ArquillianResource
    private Deployer deployer;

    @Test
    @RunAsClient
    void storeWhoseStepSplitsTheDstShiftFailsTheDeployment() {
        PrintStream console = System.out;
        ByteArrayOutputStream micro = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(console, micro), true, StandardCharsets.UTF_8));
        Exception failure;
        try {
            failure = assertThrows(Exception.class, () -> deployer.deploy(INVALID));
        } finally {
            System.setOut(console);
            deployer.undeploy(INVALID); // stops that Micro
        }
        assertTrue(causes(failure).stream().anyMatch(DeploymentException.class::isInstance),
                () -> "a DeploymentException in " + causes(failure));
        assertMentions(micro.toString(StandardCharsets.UTF_8), "InvalidStoreDefinitionException",
                "store entity " + DstSplittingStepStore.class.getName() + ", step: PT2H does not divide the 3600-second"
                        + " offset changes of zone Europe/Paris");
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** Writes to two streams: Micro's console still reaches the failsafe report while the test reads it. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
