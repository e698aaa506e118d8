package io.sluice.protocol.mysql.session;

import io.sluice.api.Protocol;
import io.sluice.api.ServiceContext;

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
