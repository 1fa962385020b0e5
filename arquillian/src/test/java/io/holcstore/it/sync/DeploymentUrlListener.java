package io.holcstore.it.sync;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Tells {@link DeploymentUrl} the local port and context path of the first request this WAR serves. */
@WebListener
public class DeploymentUrlListener implements ServletRequestListener {
    @EJB
    private DeploymentUrl url;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        url.learn(event.getServletRequest().getScheme(), event.getServletRequest().getLocalPort(),
                event.getServletContext().getContextPath());
    }
}
