package io.sluice.core.poll;

import java.io.IOException;

class NioPollerTest extends PollerContractTest
{
    @Override
    Poller newPoller() throws IOException
    {
        return PollerKind.NIO.newPoller();
    }
}
