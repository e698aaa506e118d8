package io.sluice.core.poll;

import io.sluice.nativeio.Epoll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Locale;

/** The {@code poller} setting: which {@link Poller} the workers use. */
public enum PollerKind
{
    /** epoll where it works, otherwise the NIO selector (logged once, with the reason). */
    AUTO,
    EPOLL,
    NIO;

    private static final Logger LOG = LoggerFactory.getLogger(PollerKind.class);

    /** Resolves AUTO to what this JVM can run; refuses EPOLL where epoll is unavailable. */
    public PollerKind resolve()
    {
        switch (this)
        {
            case NIO:
                return NIO;
            case EPOLL:
                if (!Epoll.isAvailable())
                {
                    throw new IllegalStateException("poller=epoll, but epoll is unavailable: "
                            + Epoll.unavailableReason());
                }
                return EPOLL;
            default:
                if (Epoll.isAvailable())
                {
                    return EPOLL;
                }
                LOG.warn("epoll is unavailable ({}); using the NIO selector poller", Epoll.unavailableReason());
                return NIO;
        }
    }

    /** A new poller of this kind; AUTO is resolved first. */
    public Poller newPoller() throws IOException
    {
        return resolve() == EPOLL ? new EpollPoller() : new NioPoller();
    }

    @Override
    public String toString()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
