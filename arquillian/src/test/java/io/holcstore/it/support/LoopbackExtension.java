package io.holcstore.it.support;

import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Makes every test request go to 127.0.0.1.
 *
 * <p>The Payara Micro adapter reads the host from Micro's "Instance Configuration" banner, and Micro puts there
 * the canonical name of the machine's external (eth0) address. That host ends up in the {@link ProtocolMetaData}
 * the adapter returns from {@code deploy}, which both the servlet protocol (in-container tests) and
 * {@code @ArquillianResource URL} use. No Micro option changes the banner ({@code --interfaces},
 * {@code --nohazelcast} and {@code hazelcast.local.localAddress} were tried). So, right after each deployment,
 * this observer replaces the metadata with a copy whose host is 127.0.0.1 (same port, same servlets). It also
 * turns a failed testable deployment (Micro still prints its banner, with no servlet) into an immediate, explicit
 * {@link DeploymentException}.
 * The test Micro also listens on 127.0.0.1 only ({@code src/test/payara/preboot.asadmin}), so a request that
 * escaped this rewrite would fail instead of leaving loopback.
 *
 * <p>Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}; client side only.
 */
public class LoopbackExtension implements LoadableExtension {

    /** The only host the tests may talk to. */
    public static final String LOOPBACK = "127.0.0.1";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(HostRewriter.class);
    }

    /** Observer: runs inside the deployment context, where the adapter's ProtocolMetaData was just stored. */
    public static class HostRewriter {

        private static final Logger LOG = Logger.getLogger(HostRewriter.class.getName());

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        public void rewrite(@Observes AfterDeploy event) throws DeploymentException {
            ProtocolMetaData original = protocolMetaData.get();
            if (original == null) {
                return;
            }
            ProtocolMetaData loopback = new ProtocolMetaData();
            for (Object context : original.getContexts()) {
                if (context instanceof HTTPContext http) {
                    HTTPContext copy = new HTTPContext(LOOPBACK, http.getPort(), "https".equals(http.getScheme()));
                    for (Servlet servlet : http.getServlets()) {
                        copy.add(new Servlet(servlet.getName(), servlet.getContextRoot()));
                    }
                    LOG.info(() -> "Deployment " + event.getDeployment().getName() + ": HTTP context "
                            + http.getHost() + ":" + http.getPort() + " -> " + LOOPBACK + ":" + http.getPort());
                    loopback.addContext(copy);
                } else {
                    loopback.addContext(context);
                }
            }
            protocolMetaData.set(loopback);
            if (event.getDeployment().testable() && loopback.getContexts(HTTPContext.class).stream()
                    .allMatch(http -> http.getServlets().isEmpty())) {
                // Micro prints its banner even when the application failed to deploy; say so now rather than
                // failing later with "ArquillianServletRunnerEE9 not found". A DeploymentException, as the adapter
                // would throw, so that a test expecting a refused deployment recognises it.
                throw new DeploymentException("Payara Micro started but deployed no servlet of "
                        + event.getDeployment().getName() + ": the deployment failed. Look for SEVERE in "
                        + "target/failsafe-reports/<test class>-output.txt");
            }
        }
    }
}
