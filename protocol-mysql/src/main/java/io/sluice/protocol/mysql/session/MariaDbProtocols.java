package io.sluice.protocol.mysql.session;

import io.sluice.core.module.Protocol;
import io.sluice.core.module.ServiceContext;

/** Creates the protocol instance of a service (the module's createInstance). */
public final class MariaDbProtocols
{
    private MariaDbProtocols()
    {
    }

    public static Protocol create(final ServiceContext service)
    {
        if (!service.params().isSet("user"))
        {
            throw new IllegalArgumentException("service " + service.name()
                + " needs user= and password= (the account Sluice reads user accounts with)");
        }
        return new MariaDbProtocol(service);
    }
}
