package io.holcstore.example.pull;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Tells {@link OwnSyncUrl} the port and context path of the first request this application serves. */
@WebListener
public class OwnSyncUrlListener implements ServletRequestListener {
    @Inject
    private OwnSyncUrl ownSyncUrl;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (ownSyncUrl.get().isEmpty()) {
            ownSyncUrl.learn(event.getServletRequest().getScheme(), event.getServletRequest().getLocalPort(),
                    event.getServletContext().getContextPath());
        }
    }
}
